/** A verification method as the Data Integrity suites consume it. */
export interface VerificationMethod {
  '@context'?: string | string[];
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: Record<string, unknown>;
  [other: string]: unknown;
}

/** A key found for a proof, and the document of the controller that claims it. */
export interface ResolvedKey {
  method: VerificationMethod;
  /** How the key was found: where a reader of the report can look it up again. */
  source: 'did:key' | 'did:jwk' | 'did:web' | 'https';
  /** The controller's own document lists this key for making assertions (issuing credentials). */
  controllerListsKey: boolean;
}

export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

const KEY_TYPES = new Set(['Multikey', 'Ed25519VerificationKey2020', 'JsonWebKey', 'JsonWebKey2020', 'EcdsaSecp256r1VerificationKey2019']);

/** Find a key by id in a DID document or controller document, and whether it is an assertion key. */
export function findMethod(document: Record<string, unknown>, id: string): ResolvedKeyPart | null {
  const base = typeof document.id === 'string' ? document.id : '';
  const absolute = (ref: string) => ref.startsWith('#') ? base + ref : ref;
  const candidates: unknown[] = [document];
  for(const property of ['verificationMethod', 'assertionMethod', 'publicKey']) {
    const value = document[property];
    candidates.push(...(Array.isArray(value) ? value : value === undefined ? [] : [value]));
  }
  const method = candidates.find((entry): entry is Record<string, unknown> =>
    isObject(entry) && typeof entry.id === 'string' && absolute(entry.id) === id && KEY_TYPES.has(String(entry.type)));
  if(!method) {
    return null;
  }
  const assertion = document.assertionMethod;
  const listed = (Array.isArray(assertion) ? assertion : [assertion]).some(entry =>
    (typeof entry === 'string' && absolute(entry) === id) || (isObject(entry) && typeof entry.id === 'string' && absolute(entry.id) === id));
  const controller = typeof method.controller === 'string' ? method.controller : base;
  return {
    method: {...method, id, controller, type: String(method.type)} as VerificationMethod,
    listedForAssertion: listed && controller === base,
  };
}

export interface ResolvedKeyPart {
  method: VerificationMethod;
  listedForAssertion: boolean;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key a proof names could not be found or read (as opposed to: the network failed). */
export class KeyLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyLookupError';
  }
}
