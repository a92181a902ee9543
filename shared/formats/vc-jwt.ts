import type {Credential} from '../credential.js';
import {fromNumericDate, pickDate} from '../util/dates.js';
import {isRecord, stringsOf} from '../util/json.js';
import {isVcJsonLd, parseVcJsonLd} from './vc-data-integrity.js';

/**
 * A Verifiable Credential secured as a JWT: VC 1.1 JWT (`vc` claim, VC Data Model 1.1 §6.3.1;
 * OB 3.0 §8.2 `jwt_vc_json`, as the edubadges pilot agents issue) or VC 2.0 `application/vc+jwt`
 * (VC-JOSE-COSE §3.1.1: the payload is the credential).
 */
export function isVcJwt(header: Record<string, unknown>, payload: unknown): boolean {
  return isRecord(payload) && (isRecord(payload.vc) || isVcJsonLd(payload)) && typeof header.alg === 'string';
}

export function parseVcJwt(token: string, header: Record<string, unknown>, payload: Record<string, unknown>): Credential {
  const document = isRecord(payload.vc) ? fromVc11Claims(payload.vc, payload) : payload;
  const credential = parseVcJsonLd(document);
  const ob3 = credential.format === 'ob3-data-integrity';
  return {
    ...credential,
    format: ob3 ? 'ob3-jwt' : 'vc-jwt',
    validUntil: pickDate(credential.validUntil, fromNumericDate(payload.exp), 'earlier'),
    validFrom: pickDate(credential.validFrom, fromNumericDate(payload.nbf), 'later'),
    proofs: [],
    securing: {kind: 'jws', token, header},
  };
}

/** VC DM 1.1 §6.3.1: the registered claims stand for properties the `vc` object may leave out. */
function fromVc11Claims(vc: Record<string, unknown>, claims: Record<string, unknown>): Record<string, unknown> {
  const subject = isRecord(vc.credentialSubject) ? vc.credentialSubject : {};
  return {
    ...vc,
    id: vc.id ?? claims.jti,
    issuer: vc.issuer ?? claims.iss,
    issuanceDate: vc.issuanceDate ?? vc.validFrom ?? fromNumericDate(claims.nbf) ?? fromNumericDate(claims.iat),
    ...(vc.expirationDate === undefined && claims.exp !== undefined ? {expirationDate: fromNumericDate(claims.exp)} : {}),
    credentialSubject: {...subject, ...(subject.id === undefined && typeof claims.sub === 'string' ? {id: claims.sub} : {})},
    type: stringsOf(vc.type).length ? vc.type : ['VerifiableCredential'],
  };
}
