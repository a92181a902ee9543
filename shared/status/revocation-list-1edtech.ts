import {isNetError} from '../net/net-error.js';
import type {VerifyRun} from '../run.js';
import {asArray, isRecord} from '../util/json.js';
import {text} from '../i18n/text.js';
import type {StatusAnswer} from './status-answer.js';

/**
 * 1EdTech Revocation List (VCRL-10, Open Badges 3.0 §9.4 / CLR 2.0): GET `credentialStatus.id`
 * returns `{id, issuer, revokedCredential: [{id, revocationReason}]}` for the issuer. The list is
 * not signed, so it can only ever confirm revocation by the issuer's own origin; we require
 * it to be served from an https URL and to name the same issuer. Deprecated in OB 3.0 v1.3 in
 * favour of Bitstring Status List, still used by edubadges' OB3 pilot.
 */
export async function checkRevocationList(entry: Record<string, unknown>, run: VerifyRun): Promise<StatusAnswer> {
  const url = entry.id;
  const evidence: Record<string, unknown> = {type: entry.type, id: url};
  const credentialId = run.credential.id;
  if(typeof url !== 'string') {
    return {state: 'unknown', reason: text('the revocation list entry has no "id"', 'de verwijzing naar de intrekkingslijst heeft geen "id"'), evidence};
  }
  if(!credentialId) {
    return {state: 'unknown', reason: text('the credential has no "id" to look up in the revocation list',
      'het certificaat heeft geen "id" om in de intrekkingslijst op te zoeken'), evidence};
  }
  let list: unknown;
  try {
    ({json: list} = await run.net.getJson(url));
  } catch(error) {
    return {state: 'unknown', reason: text(`the revocation list could not be fetched (${isNetError(error) ? error.message : 'unreadable'})`,
      'de intrekkingslijst kon niet worden opgehaald'), evidence};
  }
  if(!isRecord(list) || !Array.isArray(list.revokedCredential)) {
    return {state: 'unknown', reason: text('the revocation list has no "revokedCredential" array', 'de intrekkingslijst heeft geen "revokedCredential"-lijst'), evidence};
  }
  const listIssuer = typeof list.issuer === 'string' ? list.issuer : isRecord(list.issuer) ? list.issuer.id : null;
  if(listIssuer !== run.credential.issuer.id) {
    return {state: 'unknown', reason: text('the revocation list belongs to another issuer', 'de intrekkingslijst is van een andere uitgever'),
      evidence: {...evidence, listIssuer}};
  }
  const hit = asArray(list.revokedCredential).filter(isRecord).find(item => item.id === credentialId && item.revoked !== false);
  if(!hit) {
    return {state: 'ok', evidence};
  }
  // The issuer's own words, quoted as they are in both languages.
  const reason = typeof hit.revocationReason === 'string' ? hit.revocationReason.slice(0, 300) : undefined;
  return {state: 'revoked', reason: reason ? text(reason, reason) : undefined, evidence: {...evidence, revocationReason: reason ?? null}};
}
