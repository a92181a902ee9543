import type {IdentityObject} from '../credential.js';
import type {Check} from '../run.js';

/**
 * Was it issued to this identifier (contract §2 `recipient`)? Only when asked (`--recipient`).
 * Open Badges hash the identifier: `sha256$` + hex(sha256(identifier + salt)) (OB 3.0 §B.1.15,
 * OB 2.0 IdentityObject). E-mail addresses are tried as given and in lower case.
 */
export const checkRecipient: Check = async({credential, recipient}) => {
  if(recipient === null) {
    return {status: 'skipped', code: 'not_requested', evidence: {}};
  }
  const candidates = [...new Set([recipient.trim(), recipient.trim().toLowerCase()])];
  const {id, identifiers} = credential.subject;
  if(id && candidates.some(candidate => id === candidate || id === `mailto:${candidate}`)) {
    return {status: 'pass', code: 'recipient_match', evidence: {matchedOn: 'credentialSubject.id'}};
  }
  let checkable = id !== null;
  for(const identity of identifiers) {
    const matched = await matches(identity, candidates);
    if(matched === true) {
      return {status: 'pass', code: 'recipient_match', evidence: {matchedOn: identity.identityType}};
    }
    checkable ||= matched === false;
  }
  if(identifiers.length > 0 && identifiers.every(identity => identity.identityType === 'id')) {
    // edubadges hashes the learner's eduID pseudonym for the platform (edubadges.md §6): nobody
    // outside edubadges knows it, so an e-mail address can never match. Say so; it is not a mismatch.
    return {status: 'unknown', code: 'recipient_not_checkable', params: {eduid: 'yes'}, evidence: {identityTypes: ['id']}};
  }
  if(!checkable) {
    return {status: 'unknown', code: 'recipient_not_checkable',
      evidence: {identityTypes: identifiers.map(identity => identity.identityType)}};
  }
  return {status: 'fail', code: 'recipient_mismatch', evidence: {identityTypes: identifiers.map(identity => identity.identityType)}};
};

/** true / false, or null when the hash cannot be computed here (an algorithm we do not have). */
async function matches(identity: IdentityObject, candidates: string[]): Promise<boolean | null> {
  if(!identity.hashed) {
    return candidates.includes(identity.identityHash);
  }
  const [algorithm, expected] = identity.identityHash.split('$');
  if(algorithm.toLowerCase() !== 'sha256' || !expected) {
    return null; // md5 is allowed by OB 2.0 but WebCrypto has no MD5; say we could not check
  }
  for(const candidate of candidates) {
    if(await sha256Hex(candidate + (identity.salt ?? '')) === expected.toLowerCase()) {
      return true;
    }
  }
  return false;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map(byte => byte.toString(16).padStart(2, '0')).join('');
}
