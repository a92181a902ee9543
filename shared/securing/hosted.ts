import type {Credential, FetchProblem} from '../credential.js';
import {stripQuery} from '../formats/ob2-hosted.js';
import {problemOutcome} from '../checks/network-outcome.js';
import type {CheckOutcome} from '../types.js';
import {asArray, idOf, isRecord} from '../util/json.js';

/**
 * Open Badges 2.0 HostedBadge integrity: the issuer serves the assertion from the URL in its own
 * `id`, over https (OB 2.0 §Verification, "hosted"). A 404 usually means private (edubadges
 * assertions are private until the holder shares them, edubadges.md §1), not fake.
 */
export function hostedIntegrity(credential: Credential): CheckOutcome {
  const securing = credential.securing as Extract<Credential['securing'], {kind: 'hosted'}>;
  if(securing.fetchError) {
    return fetchOutcome(securing.fetchError, 'credential', securing.fetchError.code === 'not_found' ? 'not_found' : undefined);
  }
  const id = credential.id ? stripQuery(credential.id).replace(/^http:/i, 'https:') : null;
  const url = securing.fetchedFrom ?? '';
  if(!id || id !== url) {
    return {status: 'fail', code: 'hosted_id_mismatch', params: {id: credential.id ?? '—', url}, evidence: {id: credential.id, fetchedFrom: url}};
  }
  return {status: 'pass', code: 'hosted_verified', params: {url}, evidence: {fetchedFrom: url}};
}

/**
 * The hosting origin must be one the issuer claims (OB 2.0 VerificationObject): the issuer
 * profile's `verification.allowedOrigins` (host names) or `startsWith` (URL prefixes); without a
 * policy, the assertion must be on the same origin as the issuer's `id`.
 */
export function hostedIssuer(credential: Credential): CheckOutcome {
  const securing = credential.securing as Extract<Credential['securing'], {kind: 'hosted'}>;
  const issuer = credential.parts.issuer;
  if(!issuer) {
    return securing.relatedError ? fetchOutcome(securing.relatedError, 'issuer') :
      {status: 'unknown', code: 'not_checked', evidence: {reason: 'no issuer profile'}};
  }
  const assertionUrl = new URL(securing.fetchedFrom!);
  const issuerId = idOf(issuer) ?? '';
  const badgeIssuer = idOf(credential.parts.badgeClass?.issuer);
  const policy = isRecord(issuer.verification) ? issuer.verification : {};
  const allowedOrigins = asArray(policy.allowedOrigins).map(String);
  const startsWith = asArray(policy.startsWith).map(String);
  const evidence = {assertion: assertionUrl.href, issuer: issuerId, allowedOrigins, startsWith};
  let allowed: boolean;
  if(allowedOrigins.length > 0 || startsWith.length > 0) {
    allowed = allowedOrigins.includes(assertionUrl.host) || startsWith.some(prefix => assertionUrl.href.startsWith(prefix));
  } else {
    allowed = sameOrigin(issuerId, assertionUrl);
  }
  if(!allowed || (badgeIssuer !== null && badgeIssuer !== issuerId)) {
    return {status: 'fail', code: 'hosted_origin_mismatch', params: {host: assertionUrl.host, issuer: issuerId}, evidence};
  }
  return {status: 'pass', code: 'hosted_origin_match', params: {issuer: issuerId}, evidence};
}

function sameOrigin(issuerId: string, assertion: URL): boolean {
  try {
    return new URL(issuerId.replace(/^http:/i, 'https:')).origin === assertion.origin;
  } catch {
    return false;
  }
}

function fetchOutcome(problem: FetchProblem, what: string, code?: 'not_found'): CheckOutcome {
  const outcome = problemOutcome(problem, what);
  return code ? {...outcome, code} : outcome;
}
