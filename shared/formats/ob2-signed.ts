import type {Credential} from '../credential.js';
import {parseOb2} from './ob2.js';

/**
 * Open Badges 2.0 signed badge (OB 2.0 §SignedBadge): the assertion is the payload of a compact
 * JWS, and `verification.creator` names the issuer's key. Only the token is read here; the key,
 * badge class and issuer are fetched by the checks, so a forged token makes no requests beyond
 * its key (contract §2, order of work).
 */
export function parseOb2Signed(token: string, header: Record<string, unknown>, assertion: Record<string, unknown>): Credential {
  return parseOb2('ob2-signed', assertion, null, null, {kind: 'jws', token, header});
}
