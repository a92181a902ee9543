import {base64url, compactVerify, importJWK, type JWK} from 'jose';
import type {Credential} from '../credential.js';
import {networkOutcome} from '../checks/network-outcome.js';
import {decodeJws} from '../formats/jws.js';
import type {VerifyRun} from '../run.js';
import type {CheckOutcome} from '../types.js';
import {isRecord} from '../util/json.js';
import {issuerJwtKey} from './issuer-jwt-key.js';
import {joseKey, JWT_ALGORITHMS} from './jose-key.js';

/**
 * Integrity of an SD-JWT VC (RFC 9901 §7): the issuer-signed JWT verifies with the issuer's
 * key, every disclosure is one the issuer committed to, and a key binding JWT, when present,
 * is signed by the holder key in `cnf` over exactly this token (`sd_hash`).
 */
export async function sdJwtIntegrity(run: VerifyRun): Promise<CheckOutcome> {
  const {credential} = run;
  const {token, sdJwt, disclosureProblem} = credential.securing as Extract<Credential['securing'], {kind: 'sd-jwt'}>;
  const {header, payload} = sdJwt.issuer;
  const alg = String(header.alg);
  if(!(JWT_ALGORITHMS as readonly string[]).includes(alg)) {
    return fail(`algorithm "${alg}" is not accepted`);
  }
  let key;
  try {
    key = await issuerJwtKey(header, credential.issuer.id ?? '', run.keys, run.net);
  } catch(error) {
    return networkOutcome(error, 'key') ?? {status: 'unknown', code: 'key_not_found', params: {reason: (error as Error).message}, evidence: {}};
  }
  try {
    await compactVerify(sdJwt.issuerJwt, await joseKey(key.method, alg), {algorithms: [alg]});
  } catch(error) {
    return fail((error as Error).message);
  }
  if(disclosureProblem) {
    return fail(disclosureProblem);
  }
  const binding = sdJwt.keyBindingJwt ? await checkKeyBinding(token, sdJwt.keyBindingJwt, payload) : 'absent';
  if(binding !== 'absent' && binding !== 'verified') {
    return fail(binding);
  }
  run.verifiedKeys = [key];
  return {status: 'pass', code: 'signature_valid', params: {key: key.method.id},
    evidence: {alg, key: key.method.id, disclosures: sdJwt.disclosures.length, keyBinding: binding}};
}

async function checkKeyBinding(token: string, kbJwt: string, issuerPayload: unknown): Promise<'verified' | string> {
  const kb = decodeJws(kbJwt);
  const cnf = isRecord(issuerPayload) && isRecord(issuerPayload.cnf) && isRecord(issuerPayload.cnf.jwk) ? issuerPayload.cnf.jwk : null;
  if(!kb || kb.header.typ !== 'kb+jwt' || !cnf || !isRecord(kb.payload)) {
    return 'the key binding JWT is malformed or the credential names no holder key';
  }
  const alg = String(kb.header.alg);
  try {
    await compactVerify(kbJwt, await importJWK(cnf as JWK, alg), {algorithms: JWT_ALGORITHMS.filter(known => known === alg)});
  } catch(error) {
    return `the key binding JWT does not verify: ${(error as Error).message}`;
  }
  const presented = token.slice(0, token.length - kbJwt.length);
  const digest = base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(presented))));
  return kb.payload.sd_hash === digest ? 'verified' : 'the key binding JWT was made for another presentation (sd_hash)';
}

function fail(reason: string): CheckOutcome {
  return {status: 'fail', code: 'invalid_signature', params: {reason}, evidence: {reason}};
}
