import {decodeBase64url} from '../util/base64url.js';
import {text} from '../i18n/text.js';
import {readCapped} from '../util/bytes.js';
import {StatusListProblem} from './status-answer.js';

/** A list of 16 MiB holds 134 million entries; anything larger is a decompression bomb. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

/**
 * Decode `encodedList`: GZIP-compressed bits, base64url-encoded; Bitstring Status List v1.0 §2.1
 * adds a multibase `u` prefix, StatusList2021 has none. Some issuers pad or use standard base64.
 */
export async function decodeBitstring(encodedList: unknown): Promise<Uint8Array> {
  if(typeof encodedList !== 'string' || encodedList.length === 0) {
    throw new StatusListProblem(text('the status list has no "encodedList"', 'de statuslijst heeft geen "encodedList"'));
  }
  const body = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  let compressed: Uint8Array;
  try {
    compressed = decodeBase64url(body.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  } catch {
    throw new StatusListProblem(text('the status list "encodedList" is not base64url', 'de "encodedList" van de statuslijst is geen base64url'));
  }
  return gunzip(compressed);
}

async function gunzip(compressed: Uint8Array): Promise<Uint8Array> {
  let bits: Uint8Array | null;
  try {
    bits = await readCapped(new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')), MAX_LIST_BYTES);
  } catch {
    throw new StatusListProblem(text('the status list is not valid GZIP data', 'de statuslijst is geen geldige GZIP-data'));
  }
  if(bits === null) {
    throw new StatusListProblem(text(`the status list expands to more than ${MAX_LIST_BYTES} bytes`,
      `de statuslijst wordt uitgepakt groter dan ${MAX_LIST_BYTES} bytes`));
  }
  return bits;
}

/**
 * The status value at `index` (Bitstring Status List §3.2): entry i occupies bits
 * i*size … i*size+size-1, counted from the most significant bit of the first byte.
 */
export function readStatus(bits: Uint8Array, index: number, size = 1): number {
  if(!Number.isSafeInteger(index) || index < 0 || (index + 1) * size > bits.length * 8) {
    throw new StatusListProblem(text(`status index ${index} is outside the list of ${bits.length * 8 / size} entries`,
      `statusnummer ${index} valt buiten de lijst van ${bits.length * 8 / size} plaatsen`));
  }
  let value = 0;
  for(let bit = index * size; bit < (index + 1) * size; bit++) {
    value = value * 2 + ((bits[bit >> 3] >> (7 - (bit & 7))) & 1);
  }
  return value;
}
