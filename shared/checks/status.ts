import {reasonParams, text} from '../i18n/text.js';
import type {Check, VerifyRun} from '../run.js';
import {checkBitListEntry, isBitListEntry} from '../status/bitstring-status-list.js';
import {checkRevocationList} from '../status/revocation-list-1edtech.js';
import type {StatusAnswer} from '../status/status-answer.js';
import type {CheckOutcome} from '../types.js';

/**
 * Not revoked or suspended (contract §2 `status`)? Bitstring Status List, StatusList2021 and the
 * 1EdTech Revocation List. A list we cannot reach or trust is `unknown`, never a pass.
 */
export const checkStatus: Check = async run => {
  const entries = run.credential.statusEntries;
  if(entries.length === 0) {
    return {status: 'skipped', code: 'no_status_method', evidence: {}};
  }
  if(run.outcomes.integrity?.status !== 'pass') {
    // A credential whose signature did not check out makes us fetch nothing (contract §2).
    return {status: 'skipped', code: 'not_checked', evidence: {reason: 'integrity'}};
  }
  const answers = await Promise.all(entries.map(entry => answer(entry, run)));
  return combine(answers);
};

function answer(entry: Record<string, unknown>, run: VerifyRun): Promise<StatusAnswer> {
  if(isBitListEntry(entry.type)) {
    return checkBitListEntry(entry, run);
  }
  if(entry.type === '1EdTechRevocationList') {
    return checkRevocationList(entry, run);
  }
  const type = String(entry.type).slice(0, 100);
  return Promise.resolve({state: 'unknown', reason: text(`status method "${type}" is not supported`, `de statusmethode "${type}" wordt niet ondersteund`),
    evidence: {type: entry.type ?? null}});
}

function combine(answers: StatusAnswer[]): CheckOutcome {
  const evidence = {entries: answers.map(a => ({state: a.state, ...a.evidence, ...(a.reason ? {reason: a.reason.en} : {})}))};
  for(const state of ['revoked', 'suspended'] as const) {
    const found = answers.find(a => a.state === state);
    if(found) {
      return {status: 'fail', code: state, params: found.reason ? reasonParams(found.reason) : {}, evidence};
    }
  }
  const unknown = answers.find(a => a.state === 'unknown');
  if(unknown) {
    return {status: 'unknown', code: 'status_unreachable', params: reasonParams(unknown.reason), evidence};
  }
  return {status: 'pass', code: 'not_revoked', evidence};
}
