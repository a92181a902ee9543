import type {TrustList, TrustRecord} from '../../shared/index.js';
// Straight from its module, not through shared/index.js: the options page needs none of verify().
import {toTrustList} from '../../shared/trust/adapters/to-trust-list.js';

/** A trust list is small (the Dutch one is a few KB, the DCC registry ~100 KB); bigger is a wrong file. */
export const MAX_TRUST_LIST_BYTES = 1024 * 1024;
export const MAX_RECORDS = 5000;
const MAX_TEXT = 300;
const MAX_SUBJECT_ENTRIES = 100;

/** Why a file or download is not usable as a trust list; worded for the user in options/words.ts. */
export type TrustListProblem =
  | {code: 'too_large'}
  | {code: 'not_json'}
  | {code: 'not_a_list'}
  | {code: 'bad_field'; field: 'name' | 'publisher' | 'version' | 'validUntil' | 'records'}
  | {code: 'too_many_records'}
  | {code: 'bad_record'; index: number}
  | {code: 'duplicate'}
  | {code: 'too_many_lists'}
  | {code: 'not_saved'};

export type Checked = {ok: true; list: TrustList} | {ok: false; problem: TrustListProblem};

/**
 * Text (a file's content, a download) as a trust list: contract §6 files, or a DCC registry, EBSI
 * TIR issuer records or RIO recognitions (the core's `toTrustList` turns those into one). Every
 * field the core reads is checked for its type and size; a list that expired is accepted (the
 * core then counts none of it, and the options page shows its end date).
 */
export function checkTrustListText(text: string, fallbackName: string): Checked {
  if(new TextEncoder().encode(text).byteLength > MAX_TRUST_LIST_BYTES) {
    return {ok: false, problem: {code: 'too_large'}};
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {ok: false, problem: {code: 'not_json'}};
  }
  return checkTrustList(value, fallbackName);
}

export function checkTrustList(value: unknown, fallbackName: string): Checked {
  const isListFile = isObject(value) && 'records' in value;
  const list = isListFile ? value : toTrustList(value, fallbackName.slice(0, MAX_TEXT));
  if(!isObject(list)) {
    return {ok: false, problem: {code: 'not_a_list'}};
  }
  const fail = (field: 'name' | 'publisher' | 'version' | 'validUntil' | 'records'): Checked => ({ok: false, problem: {code: 'bad_field', field}});
  if(!isText(list.name) || list.name.trim() === '') {
    return fail('name');
  }
  for(const field of ['publisher', 'version'] as const) {
    if(list[field] !== undefined && !isText(list[field])) {
      return fail(field);
    }
  }
  if(!isDateOrNull(list.validUntil)) {
    return fail('validUntil');
  }
  if(!Array.isArray(list.records)) {
    return fail('records');
  }
  if(list.records.length > MAX_RECORDS) {
    return {ok: false, problem: {code: 'too_many_records'}};
  }
  const bad = list.records.findIndex(record => !isTrustRecord(record));
  if(bad >= 0) {
    return {ok: false, problem: {code: 'bad_record', index: bad + 1}};
  }
  return {ok: true, list: {
    name: list.name.trim(),
    publisher: (list.publisher as string | undefined) ?? '',
    version: (list.version as string | undefined) ?? '',
    validUntil: (list.validUntil as string | null | undefined) ?? null,
    records: list.records as TrustRecord[],
  }};
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isDateOrNull = (value: unknown) => value === undefined || value === null || (isText(value) && !Number.isNaN(Date.parse(value)));
const isTextList = (value: unknown) => value === undefined ||
  (Array.isArray(value) && value.length <= MAX_SUBJECT_ENTRIES && value.every(entry => typeof entry === 'string' && entry.length <= 2048));

/** standards.md §4.7: what the core matches on (subject) and what it shows (organisation), typed as it expects. */
function isTrustRecord(record: unknown): boolean {
  if(!isObject(record) || !isObject(record.subject)) {
    return false;
  }
  const {dids, origins, keyThumbprints} = record.subject;
  if(![dids, origins, keyThumbprints].every(isTextList)) {
    return false;
  }
  const organisation = record.organisation;
  if(organisation !== undefined && !(isObject(organisation) && [organisation.legalName, organisation.country].every(v => v === undefined || isText(v)) &&
    (organisation.identifiers === undefined || Array.isArray(organisation.identifiers)))) {
    return false;
  }
  return [record.validUntil].every(isDateOrNull) && (record.frameworks === undefined || Array.isArray(record.frameworks));
}
