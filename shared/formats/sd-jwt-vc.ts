import type {Credential} from '../credential.js';
import {dateOf, fromNumericDate, pickDate} from '../util/dates.js';
import {asArray, idOf, isRecord, textOf} from '../util/json.js';
import {discloseClaims, DisclosureProblem, type SdJwt} from './sd-jwt.js';

/**
 * SD-JWT VC (draft-ietf-oauth-sd-jwt-vc): `typ` `dc+sd-jwt` (or the older `vc+sd-jwt`) and a
 * `vct`. The EU wallet's learning credential and edubadges' announced successor use it.
 */
export function isSdJwtVc(sdJwt: SdJwt): boolean {
  const {header, payload} = sdJwt.issuer;
  return header.typ === 'dc+sd-jwt' || header.typ === 'vc+sd-jwt' || (isRecord(payload) && typeof payload.vct === 'string');
}

export async function parseSdJwtVc(token: string, sdJwt: SdJwt): Promise<Credential> {
  let claims: Record<string, unknown>;
  let problem: string | null = null;
  try {
    claims = await discloseClaims(sdJwt);
  } catch(error) {
    if(!(error instanceof DisclosureProblem)) {
      throw error;
    }
    problem = error.message;
    claims = isRecord(sdJwt.issuer.payload) ? sdJwt.issuer.payload : {};
  }
  const subject = isRecord(claims.credentialSubject) ? claims.credentialSubject : {};
  const achievement = isRecord(subject.achievement) ? subject.achievement : null;
  const statusList = isRecord(claims.status) && isRecord(claims.status.status_list) ? claims.status.status_list : null;
  const issuedOn = dateOf(claims.date_of_issuance) ?? fromNumericDate(claims.iat);
  return {
    format: 'sd-jwt-vc',
    document: claims,
    dataModel: null,
    types: [String(claims.vct ?? '')],
    id: typeof claims.jti === 'string' ? claims.jti : null,
    // EU learning credential claims (standards.md §2.4), or an Open Badges achievement inside.
    title: textOf(claims.achievement_title) ?? textOf(achievement?.name) ?? textOf(claims.name),
    description: textOf(claims.achievement_description) ?? textOf(achievement?.description),
    issuer: {id: typeof claims.iss === 'string' ? claims.iss : null, name: textOf(claims.issuing_authority) ?? textOf(isRecord(claims.issuer) ? claims.issuer.name : null),
      url: null, image: null},
    issuedOn,
    validFrom: fromNumericDate(claims.nbf) ?? issuedOn,
    validUntil: pickDate(fromNumericDate(claims.exp), dateOf(claims.date_of_expiry), 'earlier'),
    subject: {id: null, identifiers: [], name: [textOf(claims.given_name), textOf(claims.family_name)].filter(Boolean).join(' ') || null},
    achievement,
    image: idOf(achievement?.image),
    statusEntries: statusList ? [{type: 'TokenStatusList', ...statusList}] : [],
    proofs: [],
    contexts: asArray(claims['@context']),
    parts: {credential: claims},
    securing: {kind: 'sd-jwt', token, sdJwt, disclosureProblem: problem},
    servedFrom: null,
    platform: null,
  };
}
