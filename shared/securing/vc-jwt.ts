import {compactVerify} from 'jose';
import type {Credential} from '../credential.js';
import type {VerifyRun} from '../run.js';
import type {CheckOutcome} from '../types.js';
import {isRecord} from '../util/json.js';
import {decodeJws} from '../formats/jws.js';
import {dataIntegrityIssuer} from './data-integrity-issuer.js';
import {joseKey, JWT_ALGORITHMS} from './jose-key.js';
import {keyLookupOutcome} from './key-outcome.js';

/**
 * Integrity of a VC-JWT: the JWS verifies with the key `kid` names (a DID URL, or an https key
 * document), or — for a self-certifying issuer (did:key, did:jwk) without `kid` — the issuer's
 * own key. A `jwk` in the header is never trusted on its own: it is the credential's word.
 */
export async function vcJwtIntegrity(run: VerifyRun): Promise<CheckOutcome> {
  const {credential} = run;
  const {token, header} = credential.securing as Extract<Credential['securing'], {kind: 'jws'}>;
  const alg = String(header.alg);
  if(!(JWT_ALGORITHMS as readonly string[]).includes(alg)) {
    return {status: 'fail', code: 'invalid_signature', params: {reason: `algorithm "${alg}" is not accepted`}, evidence: {alg}};
  }
  const keyUrl = keyUrlOf(header, credential);
  if(!keyUrl) {
    return {status: 'unknown', code: 'key_not_found', params: {reason: 'the token names no key ("kid")'}, evidence: {alg}};
  }
  let resolved;
  try {
    resolved = await run.keys(keyUrl);
  } catch(error) {
    return keyProblem(error, keyUrl);
  }
  try {
    await compactVerify(token, await joseKey(resolved.method, alg), {algorithms: [alg]});
  } catch(error) {
    return {status: 'fail', code: 'invalid_signature', params: {reason: (error as Error).message}, evidence: {alg, kid: keyUrl}};
  }
  run.verifiedKeys = [resolved];
  return {status: 'pass', code: 'signature_valid', params: {key: keyUrl}, evidence: {alg, kid: keyUrl, typ: header.typ ?? null}};
}

/** `kid` as a DID URL or https URL; a relative `#key` is relative to the issuer DID. */
function keyUrlOf(header: Record<string, unknown>, credential: Credential): string | null {
  const issuer = credential.issuer.id ?? '';
  const kid = typeof header.kid === 'string' ? header.kid : null;
  if(kid) {
    return kid.startsWith('#') ? issuer + kid : kid;
  }
  if(issuer.startsWith('did:key:')) {
    return `${issuer}#${issuer.slice('did:key:'.length)}`;
  }
  return issuer.startsWith('did:jwk:') ? `${issuer}#0` : null;
}

function keyProblem(error: unknown, keyUrl: string): CheckOutcome {
  return keyLookupOutcome(error, {kid: keyUrl}) ??
    {status: 'unknown', code: 'key_not_found', params: {reason: String(error)}, evidence: {kid: keyUrl}};
}

/**
 * The key binding of a VC-JWT: the token's `iss` must name the credential's issuer (VC DM 1.1
 * §6.3.1; VC-JOSE-COSE §3.1.1), and the key must be the issuer's, as for Data Integrity.
 */
export async function vcJwtIssuer(run: VerifyRun): Promise<CheckOutcome> {
  const {token} = run.credential.securing as Extract<Credential['securing'], {kind: 'jws'}>;
  const payload = decodeJws(token)?.payload;
  const iss = isRecord(payload) ? payload.iss : undefined;
  const issuer = run.credential.issuer.id ?? '';
  if(iss !== undefined && iss !== issuer) {
    return {status: 'fail', code: 'issuer_key_mismatch', params: {issuer, controller: String(iss)}, evidence: {issuer, iss}};
  }
  return dataIntegrityIssuer(run);
}
