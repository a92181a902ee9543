import {text} from '../i18n/text.js';
import type {VerifyRun} from '../run.js';
import {asArray, stringsOf} from '../util/json.js';
import {decodeBitstring, readStatus} from './bitstring.js';
import {type StatusAnswer, StatusListProblem} from './status-answer.js';
import {fetchVerifiedStatusList} from './status-list-credential.js';

/** The two bit-list methods share one algorithm; they differ in names and list types. */
const KINDS = {
  BitstringStatusListEntry: {listTypes: ['BitstringStatusListCredential'], subjectType: 'BitstringStatusList'},
  StatusList2021Entry: {listTypes: ['StatusList2021Credential'], subjectType: 'StatusList2021'},
} as const;
export type BitListEntryType = keyof typeof KINDS;

export function isBitListEntry(type: unknown): type is BitListEntryType {
  return type === 'BitstringStatusListEntry' || type === 'StatusList2021Entry';
}

/**
 * W3C Bitstring Status List v1.0 §3.2 (validate algorithm) and its predecessor StatusList2021:
 * fetch and verify the list credential, check the purposes agree, read the entry's bits.
 */
export async function checkBitListEntry(entry: Record<string, unknown>, run: VerifyRun): Promise<StatusAnswer> {
  const kind = KINDS[entry.type as BitListEntryType];
  const url = entry.statusListCredential;
  const purpose = entry.statusPurpose;
  const index = Number(entry.statusListIndex);
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize);
  const evidence = {type: entry.type, statusListCredential: url, statusListIndex: entry.statusListIndex, statusPurpose: purpose};
  if(typeof url !== 'string' || typeof purpose !== 'string' || !Number.isSafeInteger(index) || !(size >= 1 && size <= 8)) {
    return {state: 'unknown', reason: text('the status entry lacks "statusListCredential", "statusPurpose" or a valid "statusListIndex"',
      'de statusverwijzing mist "statusListCredential", "statusPurpose" of een geldige "statusListIndex"'), evidence};
  }
  try {
    const subject = await fetchVerifiedStatusList(url, run, [...kind.listTypes]);
    if(!stringsOf(subject.type).includes(kind.subjectType)) {
      throw new StatusListProblem(text(`the list's subject is not a ${kind.subjectType}`, `de lijst is geen ${kind.subjectType}`));
    }
    if(!asArray(subject.statusPurpose).includes(purpose)) {
      throw new StatusListProblem(text(`the list is for "${String(subject.statusPurpose)}", not "${purpose}"`,
        `de lijst is voor "${String(subject.statusPurpose)}", niet voor "${purpose}"`));
    }
    const value = readStatus(await decodeBitstring(subject.encodedList), index, size);
    return {state: stateFor(purpose, value), evidence: {...evidence, value, listVerified: true}};
  } catch(error) {
    if(error instanceof StatusListProblem) {
      return {state: 'unknown', reason: error.reason, evidence: {...evidence, ...error.evidence}};
    }
    throw error;
  }
}

function stateFor(purpose: string, value: number): 'ok' | 'revoked' | 'suspended' {
  if(value === 0) {
    return 'ok';
  }
  return purpose === 'revocation' ? 'revoked' : purpose === 'suspension' ? 'suspended' : 'ok';
}
