import {text, type Text} from '../i18n/text.js';
import {idOf, isRecord} from '../util/json.js';

/**
 * The required properties of an OB 2.0 Assertion (OB 2.0 §Assertion): `recipient` with an
 * `identity`, `badge`, `verification` and a parseable `issuedOn`. The revoked stub a host serves
 * for a revoked assertion carries only `id` and `revoked`, and is well formed as such.
 */
export function findOb2Problem(assertion: Record<string, unknown>): Text | null {
  if(typeof assertion.id !== 'string') {
    return text('the assertion has no "id"', 'de uitreiking heeft geen "id"');
  }
  if(assertion.revoked === true) {
    return null;
  }
  const recipient = assertion.recipient;
  if(!isRecord(recipient) || typeof recipient.identity !== 'string') {
    return text('"recipient" with an "identity" is required', '"recipient" met een "identity" is verplicht');
  }
  if(!idOf(assertion.badge) && !isRecord(assertion.badge)) {
    return text('"badge" is required', '"badge" is verplicht');
  }
  if(typeof assertion.issuedOn !== 'string' || Number.isNaN(Date.parse(assertion.issuedOn))) {
    return text('"issuedOn" is not a date', '"issuedOn" is geen datum');
  }
  if(assertion.expires !== undefined && (typeof assertion.expires !== 'string' || Number.isNaN(Date.parse(assertion.expires)))) {
    return text('"expires" is not a date', '"expires" is geen datum');
  }
  return null;
}
