import type {VerifyRun} from '../run.js';
import type {CheckOutcome} from '../types.js';

/**
 * Is the signing key controlled by the issuer the credential names? The signature alone proves only that *some* key signed it; this is where that key is bound
 * to the issuer: its controller must be the issuer, and the issuer's own document (DID
 * document, controller document) must list it for making assertions. did:key and did:jwk
 * documents are derived from the identifier, so there the DID itself must be the issuer.
 */
export async function dataIntegrityIssuer({credential, verifiedKeys}: VerifyRun): Promise<CheckOutcome> {
  if(verifiedKeys.length === 0) { // the dispatcher runs this only after integrity passed
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'integrity'}};
  }
  const issuer = credential.issuer.id ?? '';
  const bound = verifiedKeys.find(key => key.method.controller === issuer && key.controllerListsKey);
  if(bound) {
    return {status: 'pass', code: 'issuer_key_match', params: {issuer},
      evidence: {issuer, verificationMethod: bound.method.id, controller: bound.method.controller, via: bound.source}};
  }
  const key = verifiedKeys[0];
  const sameController = key.method.controller === issuer;
  const reason = sameController ? 'the issuer does not list this key for issuing' : `the key belongs to ${key.method.controller}`;
  return {status: 'fail', code: 'issuer_key_mismatch',
    params: {issuer, controller: key.method.controller, unlisted: sameController ? 'yes' : ''},
    evidence: {issuer, verificationMethod: key.method.id, controller: key.method.controller, via: key.source, reason}};
}
