import type {Credential, IdentityObject, Securing} from '../credential.js';
import {asArray, idOf, isRecord, stringsOf} from '../util/json.js';

const OB2_CONTEXTS = ['https://w3id.org/openbadges/v2', 'https://w3id.org/openbadges/v1', 'https://openbadgespec.org/v2/context.json'];

/** An Open Badges 2.0 Assertion (OB 2.0 §Assertion), hosted or as the payload of a signed badge. */
export function isOb2Assertion(value: unknown): value is Record<string, unknown> {
  if(!isRecord(value)) {
    return false;
  }
  const typed = stringsOf(value.type).some(type => type === 'Assertion' || type.endsWith(':Assertion'));
  const context = asArray(value['@context']).some(context => typeof context === 'string' && OB2_CONTEXTS.includes(context));
  return typed || (context && ('badge' in value || 'revoked' in value));
}

/**
 * One normalised credential from the assertion and the badge class and issuer it points to.
 * Read by JSON property names only: extension contexts are never fetched (edubadges.md §7).
 */
export function parseOb2(format: 'ob2-hosted' | 'ob2-signed', assertion: Record<string, unknown>,
  badgeClass: Record<string, unknown> | null, issuer: Record<string, unknown> | null, securing: Securing): Credential {
  const recipient = isRecord(assertion.recipient) ? assertion.recipient : {};
  const identity: IdentityObject | null = typeof recipient.identity === 'string' ? {
    identityType: String(recipient.type ?? 'email'),
    identityHash: recipient.identity,
    hashed: recipient.hashed === true,
    salt: typeof recipient.salt === 'string' ? recipient.salt : null,
  } : null;
  const issuedOn = typeof assertion.issuedOn === 'string' ? assertion.issuedOn : null;
  return {
    format,
    document: assertion,
    dataModel: null,
    types: stringsOf(assertion.type),
    id: typeof assertion.id === 'string' ? assertion.id : null,
    title: text(badgeClass?.name),
    description: text(badgeClass?.description),
    issuer: {
      id: idOf(issuer) ?? idOf(badgeClass?.issuer),
      name: text(issuer?.name),
      url: text(issuer?.url),
      image: idOf(issuer?.image),
    },
    issuedOn,
    validFrom: issuedOn,
    validUntil: typeof assertion.expires === 'string' ? assertion.expires : null,
    subject: {id: null, identifiers: identity ? [identity] : [], name: null},
    achievement: badgeClass,
    // edubadges stopped baking assertion images (v9.1.0): the badge class image is the one to show.
    image: idOf(badgeClass?.image) ?? idOf(assertion.image),
    statusEntries: [],
    proofs: [],
    contexts: asArray(assertion['@context']),
    parts: {assertion, ...(badgeClass ? {badgeClass} : {}), ...(issuer ? {issuer} : {})},
    securing,
    servedFrom: null,
    platform: null,
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
