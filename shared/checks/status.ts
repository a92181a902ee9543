import {reasonParams, text} from '../i18n/text.js';
import type {Check, VerifyRun} from '../run.js';
import {checkBitListEntry, isBitListEntry} from '../status/bitstring-status-list.js';
import {checkOb2Revocation} from '../status/ob2-revocation.js';
import {checkRevocationList} from '../status/revocation-list-1edtech.js';
import type {StatusAnswer} from '../status/status-answer.js';
import type {CheckOutcome} from '../types.js';
import {lazy} from '../util/lazy.js';

/**
 * Not revoked or suspended (contract §2 `status`)? Bitstring Status List, StatusList2021 and the
 * 1EdTech Revocation List. A list we cannot reach or trust is `unknown`, never a pass.
 */
export const checkStatus: Check = async run => {
  const {credential} = run;
  const ob2 = credential.format === 'ob2-hosted' || credential.format === 'ob2-signed';
  // The revoked stub says so itself: that needs no signature and no request.
  if(ob2 && credential.document.revoked === true) {
    return combine([(await checkOb2Revocation(run))!]);
  }
  const entries = credential.statusEntries;
  if(entries.length === 0 && !ob2) {
    return {status: 'skipped', code: 'no_status_method', evidence: {}};
  }
  if(run.outcomes.integrity?.status !== 'pass') {
    // A credential whose signature did not check out makes us fetch nothing (contract §2).
    return {status: 'skipped', code: 'not_checked', evidence: {reason: 'integrity'}};
  }
  const answers = ob2 ? [await checkOb2Revocation(run)].filter(answer => answer !== null) :
    await Promise.all(entries.map(entry => answer(entry, run)));
  return answers.length === 0 ? {status: 'skipped', code: 'no_status_method', evidence: {}} : combine(answers);
};

export const loadTokenStatusList = lazy(() => import('../status/token-status-list.js'));

function answer(entry: Record<string, unknown>, run: VerifyRun): Promise<StatusAnswer> {
  if(isBitListEntry(entry.type)) {
    return checkBitListEntry(entry, run);
  }
  if(entry.type === '1EdTechRevocationList') {
    return checkRevocationList(entry, run);
  }
  if(entry.type === 'TokenStatusList') {
    return loadTokenStatusList().then(module => module.checkTokenStatusList(entry, run));
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
