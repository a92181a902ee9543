import type {Credential} from '../credential.js';
import {httpsUrl} from '../formats/ob2-hosted.js';
import {text} from '../i18n/text.js';
import {isNetError} from '../net/net-error.js';
import type {VerifyRun} from '../run.js';
import {asArray, idOf, isRecord} from '../util/json.js';
import type {StatusAnswer} from './status-answer.js';

/**
 * Open Badges 2.0 revocation: a hosted assertion served with `revoked: true` (or 410 Gone), or
 * listed in the issuer profile's `revocationList` (OB 2.0 §RevocationList: `revokedAssertions`,
 * ids or `{id, revocationReason}`). A hosted assertion served live and not marked revoked is not
 * revoked: the host is the authority (and re-fetching it is the check).
 */
export async function checkOb2Revocation(run: VerifyRun): Promise<StatusAnswer | null> {
  const {credential} = run;
  const assertion = credential.document;
  if(assertion.revoked === true) {
    const reason = typeof assertion.revocationReason === 'string' ? assertion.revocationReason.slice(0, 300) : null;
    return {state: 'revoked', reason: reason ? text(reason, reason) : undefined, evidence: {revoked: true, revocationReason: reason}};
  }
  const listUrl = httpsUrl(idOf(credential.parts.issuer?.revocationList));
  if(listUrl) {
    return checkRevocationList(listUrl, credential, run);
  }
  if(credential.securing.kind === 'hosted') {
    return {state: 'ok', evidence: {servedLive: credential.securing.fetchedFrom}};
  }
  return null;
}

async function checkRevocationList(url: string, credential: Credential, run: VerifyRun): Promise<StatusAnswer> {
  let list: unknown;
  try {
    ({json: list} = await run.net.getJson(url));
  } catch(error) {
    return {state: 'unknown', reason: text(`the revocation list could not be fetched (${isNetError(error) ? error.message : 'unreadable'})`,
      'de intrekkingslijst kon niet worden opgehaald'), evidence: {revocationList: url}};
  }
  if(!isRecord(list) || !Array.isArray(list.revokedAssertions)) {
    return {state: 'unknown', reason: text('the revocation list has no "revokedAssertions"', 'de intrekkingslijst heeft geen "revokedAssertions"'),
      evidence: {revocationList: url}};
  }
  const hit = asArray(list.revokedAssertions).find(entry => (typeof entry === 'string' ? entry : idOf(entry)) === credential.id);
  if(hit === undefined) {
    return {state: 'ok', evidence: {revocationList: url}};
  }
  const reason = isRecord(hit) && typeof hit.revocationReason === 'string' ? hit.revocationReason.slice(0, 300) : null;
  return {state: 'revoked', reason: reason ? text(reason, reason) : undefined, evidence: {revocationList: url, revocationReason: reason}};
}
