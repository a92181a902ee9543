import {jsonDepthExceeds, MAX_INPUT_BYTES, MAX_JSON_DEPTH} from './json-limits.js';

/** What the input turned out to be, before any format is detected. */
export type RawInput =
  | {kind: 'json'; value: unknown}
  | {kind: 'url'; url: string}
  | {kind: 'jws'; token: string}
  | {kind: 'image'; mediaType: 'image/png' | 'image/svg+xml'; bytes: Uint8Array}
  | {kind: 'rejected'; code: 'malformed' | 'too_large'; reason: string};

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(~[A-Za-z0-9_.~-]*)*$/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Classify the input and parse JSON under size and depth limits. Never throws. */
export function readInput(input: unknown): RawInput {
  if(input instanceof Uint8Array) {
    return readBytes(input);
  }
  if(typeof input === 'string') {
    return readText(input);
  }
  if(typeof input === 'object' && input !== null) {
    return jsonDepthExceeds(input) ? tooDeep() : {kind: 'json', value: input};
  }
  return {kind: 'rejected', code: 'malformed', reason: 'the input is empty or not a credential'};
}

function readBytes(bytes: Uint8Array): RawInput {
  if(bytes.byteLength > MAX_INPUT_BYTES) {
    return tooLarge(bytes.byteLength);
  }
  if(PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return {kind: 'image', mediaType: 'image/png', bytes};
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return {kind: 'rejected', code: 'malformed', reason: 'the file is neither text nor a PNG image'};
  }
  if(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text.slice(0, 4096))) {
    return {kind: 'image', mediaType: 'image/svg+xml', bytes};
  }
  return readText(text);
}

function readText(raw: string): RawInput {
  if(raw.length > MAX_INPUT_BYTES) {
    return tooLarge(raw.length);
  }
  const text = raw.replace(/^\uFEFF/, '').trim();
  if(text === '') {
    return {kind: 'rejected', code: 'malformed', reason: 'the input is empty'};
  }
  if(/^https?:\/\//i.test(text) && !/\s/.test(text)) {
    return {kind: 'url', url: text};
  }
  if(COMPACT_JWS.test(text)) {
    return {kind: 'jws', token: text};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch(error) {
    return {kind: 'rejected', code: 'malformed', reason: `it is not JSON (${(error as Error).message})`};
  }
  return jsonDepthExceeds(value) ? tooDeep() : {kind: 'json', value};
}

const tooLarge = (size: number): RawInput =>
  ({kind: 'rejected', code: 'too_large', reason: `it is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`});
const tooDeep = (): RawInput =>
  ({kind: 'rejected', code: 'malformed', reason: `it is nested more than ${MAX_JSON_DEPTH} levels deep`});
