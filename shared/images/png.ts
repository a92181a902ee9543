import {readCapped} from '../util/bytes.js';

/** Limits for hostile PNGs: chunk count, and how far a compressed text chunk may inflate. */
export const MAX_PNG_CHUNKS = 10_000;
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export class ImageProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageProblem';
  }
}

/**
 * The text of the first `tEXt`, `zTXt` or `iTXt` chunk with one of `keywords` (PNG 1.2 §11.3.4),
 * by walking the chunk list (never a byte search), or null when there is none. Open Badges bake
 * with keyword `openbadges` (2.0) and `openbadgecredential` (3.0).
 */
export async function readPngText(bytes: Uint8Array, keywords: readonly string[]): Promise<{keyword: string; text: string} | null> {
  if(!SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new ImageProblem('not a PNG file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  for(let count = 0; ; count++) {
    if(count >= MAX_PNG_CHUNKS) {
      throw new ImageProblem(`more than ${MAX_PNG_CHUNKS} chunks`);
    }
    if(offset + 12 > bytes.length) {
      throw new ImageProblem('the PNG file is truncated');
    }
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    if(length > bytes.length - dataStart - 4) {
      throw new ImageProblem('the PNG file is truncated');
    }
    if(type === 'IEND') {
      return null;
    }
    if(type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const found = await readTextChunk(type, bytes.subarray(dataStart, dataStart + length), keywords);
      if(found) {
        return found;
      }
    }
    offset = dataStart + length + 4; // skip the CRC
  }
}

async function readTextChunk(type: string, data: Uint8Array, keywords: readonly string[]): Promise<{keyword: string; text: string} | null> {
  const nul = data.indexOf(0);
  if(nul < 1 || nul > 79) {
    return null; // keywords are 1–79 Latin-1 characters
  }
  const keyword = new TextDecoder('latin1').decode(data.subarray(0, nul));
  if(!keywords.includes(keyword)) {
    return null;
  }
  if(type === 'tEXt') {
    return {keyword, text: new TextDecoder('latin1').decode(data.subarray(nul + 1))};
  }
  if(type === 'zTXt') {
    return {keyword, text: new TextDecoder('latin1').decode(await inflate(data.subarray(nul + 2)))};
  }
  // iTXt: keyword NUL, compression flag, method, language tag NUL, translated keyword NUL, UTF-8 text.
  const compressed = data[nul + 1] === 1;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if(translatedEnd < 0) {
    throw new ImageProblem('a malformed iTXt chunk');
  }
  const body = data.subarray(translatedEnd + 1);
  return {keyword, text: new TextDecoder().decode(compressed ? await inflate(body) : body)};
}

/** zlib inflate (PNG compression method 0) with a cap: a zip bomb stops at MAX_INFLATED_BYTES. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  let result: Uint8Array | null;
  try {
    result = await readCapped(new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')), MAX_INFLATED_BYTES);
  } catch {
    throw new ImageProblem('a compressed text chunk is not valid zlib data');
  }
  if(result === null) {
    throw new ImageProblem(`a compressed text chunk inflates to more than ${MAX_INFLATED_BYTES} bytes`);
  }
  return result;
}
