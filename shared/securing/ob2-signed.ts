import {compactVerify, importJWK, importSPKI, type JWK} from 'jose';
import type {Credential} from '../credential.js';
import {parseOb2} from '../formats/ob2.js';
import {getDoc, httpsUrl} from '../formats/ob2-hosted.js';
import type {VerifyRun} from '../run.js';
import type {CheckOutcome} from '../types.js';
import {asArray, idOf, isRecord} from '../util/json.js';
import {networkOutcome} from '../checks/network-outcome.js';

/** OB 2.0 names RS256; ES256 is what newer signers use. Nothing else, and never `none`. */
const ALGORITHMS = ['RS256', 'ES256'];

/** The key document each run fetched, for the issuer check. */
const keys = new WeakMap<Credential, Record<string, unknown>>();

/** Integrity of an OB 2.0 signed badge: the JWS verifies with the key `verification.creator` names. */
export async function ob2SignedIntegrity(run: VerifyRun): Promise<CheckOutcome> {
  const {credential} = run;
  const securing = credential.securing as Extract<Credential['securing'], {kind: 'jws'}>;
  const alg = String(securing.header.alg);
  if(!ALGORITHMS.includes(alg)) {
    return {status: 'fail', code: 'invalid_signature', params: {reason: `algorithm "${alg}" is not accepted`}, evidence: {alg}};
  }
  const creator = isRecord(credential.document.verification) ? idOf(credential.document.verification.creator) : null;
  const keyUrl = httpsUrl(creator);
  if(!keyUrl) {
    return {status: 'unknown', code: 'key_not_found', params: {reason: 'no "verification.creator" key URL'}, evidence: {creator}};
  }
  let keyDoc: Record<string, unknown>;
  try {
    const {json} = await run.net.getJson(keyUrl);
    if(!isRecord(json)) {
      throw new Error('not a key document');
    }
    keyDoc = json;
  } catch(error) {
    return networkOutcome(error, 'key') ?? {status: 'unknown', code: 'key_not_found', params: {reason: String(error)}, evidence: {keyUrl}};
  }
  try {
    const key = typeof keyDoc.publicKeyPem === 'string' ? await importSPKI(keyDoc.publicKeyPem, alg) :
      isRecord(keyDoc.publicKeyJwk) ? await importJWK(keyDoc.publicKeyJwk as JWK, alg) : null;
    if(!key) {
      return {status: 'unknown', code: 'key_not_found', params: {reason: 'the key document holds no public key'}, evidence: {keyUrl}};
    }
    await compactVerify(securing.token, key, {algorithms: [alg]});
  } catch(error) {
    return {status: 'fail', code: 'invalid_signature', params: {reason: (error as Error).message}, evidence: {keyUrl, alg}};
  }
  keys.set(credential, {...keyDoc, fetchedAs: creator});
  return {status: 'pass', code: 'signature_valid', params: {key: creator ?? keyUrl}, evidence: {keyUrl, alg}};
}

/**
 * The key must belong to the issuer: the key document's `owner` is the issuer, and the issuer
 * profile lists the key in `publicKey` (OB 2.0 §CryptographicKey). Fetching badge class and
 * issuer here, after the signature held, also fills in what the report shows.
 */
export async function ob2SignedIssuer(run: VerifyRun): Promise<CheckOutcome> {
  const {credential} = run;
  const keyDoc = keys.get(credential)!;
  let badgeClass: Record<string, unknown>;
  let issuer: Record<string, unknown>;
  try {
    badgeClass = isRecord(credential.document.badge) ? credential.document.badge : await getDoc(idOf(credential.document.badge), run.net, 'badge class');
    issuer = isRecord(badgeClass.issuer) ? badgeClass.issuer : await getDoc(idOf(badgeClass.issuer), run.net, 'issuer profile');
  } catch(error) {
    return networkOutcome(error, 'issuer') ?? {status: 'unknown', code: 'network_error', params: {what: 'issuer', reason: String(error)}, evidence: {}};
  }
  Object.assign(credential, parseOb2('ob2-signed', credential.document, badgeClass, issuer, credential.securing));
  const issuerId = idOf(issuer) ?? '';
  const keyId = String(keyDoc.fetchedAs ?? '');
  const listed = asArray(issuer.publicKey).some(entry => idOf(entry) === keyId || idOf(entry) === idOf(keyDoc));
  const owned = idOf(keyDoc.owner) === issuerId;
  const evidence = {issuer: issuerId, key: keyId, owner: idOf(keyDoc.owner), listedByIssuer: listed};
  if(!listed || !owned) {
    return {status: 'fail', code: 'issuer_key_mismatch', params: {issuer: issuerId, controller: idOf(keyDoc.owner) ?? '—', unlisted: owned ? 'yes' : ''},
      evidence};
  }
  return {status: 'pass', code: 'issuer_key_match', params: {issuer: issuerId}, evidence};
}
