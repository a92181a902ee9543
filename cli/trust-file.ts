import {readFile} from 'node:fs/promises';
import type {TrustList, TrustRecord} from '../shared/index.js';
import {toTrustList} from '../shared/trust/adapters/to-trust-list.js';
import type {UsageProblem} from './messages.js';

// A trust list is small; anything bigger is a wrong file, not a list.
const MAX_TRUST_FILE_BYTES = 16 * 1024 * 1024;

export type LoadedTrust = {ok: true; lists: TrustList[]} | {ok: false; problem: UsageProblem};

/** Read every `--trust` file (contract §6). One bad file stops the run: nothing is verified. */
export async function loadTrustFiles(paths: readonly string[]): Promise<LoadedTrust> {
  const lists: TrustList[] = [];
  for(const path of paths) {
    let text: string;
    try {
      const bytes = await readFile(path);
      if(bytes.byteLength > MAX_TRUST_FILE_BYTES) {
        return {ok: false, problem: {code: 'trust_invalid', value: path, reason: 'file too large'}};
      }
      text = bytes.toString('utf8');
    } catch(error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {ok: false, problem: code === 'ENOENT'
        ? {code: 'file_missing', value: path}
        : {code: 'file_unreadable', value: path, reason: (error as Error).message}};
    }
    const parsed = parseTrustList(text, path);
    if(typeof parsed === 'string') {
      return {ok: false, problem: {code: 'trust_invalid', value: path, reason: parsed}};
    }
    lists.push(parsed);
  }
  return {ok: true, lists};
}

/** The list, or a short English reason why it is not one. */
export function parseTrustList(text: string, path = 'trust list'): TrustList | string {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch(error) {
    return `not JSON (${(error as Error).message})`;
  }
  const isListFile = isObject(value) && 'records' in value;
  // A DCC registry, EBSI TIR issuer records or RIO recognitions are read as lists too.
  const adapted = isListFile ? null : toTrustList(value, path);
  if(adapted) {
    return adapted;
  }
  if(!isObject(value)) {
    return 'not a JSON object';
  }
  if(typeof value.name !== 'string' || value.name.trim() === '') {
    return '"name" must be a non-empty string';
  }
  for(const key of ['publisher', 'version'] as const) {
    if(value[key] !== undefined && typeof value[key] !== 'string') {
      return `"${key}" must be a string`;
    }
  }
  if(!isDateOrNull(value.validUntil)) {
    return '"validUntil" must be an ISO date or null';
  }
  if(!Array.isArray(value.records)) {
    return '"records" must be an array';
  }
  const bad = value.records.findIndex(record => !isRecord(record));
  if(bad >= 0) {
    return `record ${bad + 1} has no "subject" object`;
  }
  return {
    name: value.name,
    publisher: (value.publisher as string | undefined) ?? '',
    version: (value.version as string | undefined) ?? '',
    validUntil: (value.validUntil as string | null | undefined) ?? null,
    records: value.records as TrustRecord[],
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDateOrNull = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));

// The core decides which records match; here only the shape that every record needs is checked.
const isRecord = (record: unknown): boolean => isObject(record) && isObject(record.subject);
