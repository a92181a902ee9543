import {text, type Text} from '../i18n/text.js';
import {jsonDepthExceeds, MAX_INPUT_BYTES, MAX_JSON_DEPTH} from './json-limits.js';

/** What the input turned out to be, before any format is detected. */
export type RawInput =
  | {kind: 'json'; value: unknown}
  | {kind: 'url'; url: string}
  | {kind: 'jws'; token: string}
  | {kind: 'image'; mediaType: 'image/png' | 'image/svg+xml'; bytes: Uint8Array}
  | {kind: 'rejected'; code: 'malformed' | 'too_large'; reason: Text};

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
  return {kind: 'rejected', code: 'malformed', reason: text('the input is empty or not a credential', 'de invoer is leeg of geen certificaat')};
}

function readBytes(bytes: Uint8Array): RawInput {
  if(bytes.byteLength > MAX_INPUT_BYTES) {
    return tooLarge(bytes.byteLength);
  }
  if(PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return {kind: 'image', mediaType: 'image/png', bytes};
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return {kind: 'rejected', code: 'malformed', reason: text('the file is neither text nor a PNG image', 'het bestand is geen tekst en geen PNG-afbeelding')};
  }
  // An SVG may open with an XML declaration, comments and a DOCTYPE (with an internal subset).
  if(/^\s*</.test(decoded) && /<svg[\s>]/i.test(decoded.slice(0, 8192))) {
    return {kind: 'image', mediaType: 'image/svg+xml', bytes};
  }
  return readText(decoded);
}

function readText(raw: string): RawInput {
  if(raw.length > MAX_INPUT_BYTES) {
    return tooLarge(raw.length);
  }
  const trimmed = raw.replace(/^\uFEFF/, '').trim();
  if(trimmed === '') {
    return {kind: 'rejected', code: 'malformed', reason: text('the input is empty', 'de invoer is leeg')};
  }
  if(/^https?:\/\//i.test(trimmed) && !/\s/.test(trimmed)) {
    return {kind: 'url', url: trimmed};
  }
  if(COMPACT_JWS.test(trimmed)) {
    return {kind: 'jws', token: trimmed};
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch(error) {
    return {kind: 'rejected', code: 'malformed', reason: text(`it is not JSON (${(error as Error).message})`, 'het is geen JSON')};
  }
  return jsonDepthExceeds(value) ? tooDeep() : {kind: 'json', value};
}

const tooLarge = (size: number): RawInput =>
  ({kind: 'rejected', code: 'too_large', reason: text(`it is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`, `het is ${size} bytes; de grens is ${MAX_INPUT_BYTES}`)});
const tooDeep = (): RawInput =>
  ({kind: 'rejected', code: 'malformed', reason: text(`it is nested more than ${MAX_JSON_DEPTH} levels deep`, `het is meer dan ${MAX_JSON_DEPTH} niveaus diep genest`)});
