import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {importJWK, type JWK} from 'jose';
import type {VerificationMethod} from '../did/verification-method.js';

/** Signature algorithms accepted on JWTs: those Open Badges 3.0 and VC-JOSE name. Never `none`, never HMAC. */
export const JWT_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256'] as const;

/**
 * A verification method as a key jose can verify with, for exactly this algorithm: importing
 * with the header's `alg` refuses a key of another type (no algorithm confusion).
 */
export async function joseKey(method: VerificationMethod, alg: string): ReturnType<typeof importJWK> {
  const jwk = method.publicKeyJwk ?? await multikeyToJwk(method);
  const {d: _private, ...publicJwk} = jwk as JWK & {d?: string};
  return importJWK({...publicJwk, alg: undefined} as JWK, alg === 'Ed25519' ? 'EdDSA' : alg);
}

async function multikeyToJwk(method: VerificationMethod): Promise<JWK> {
  const multibase = method.publicKeyMultibase ?? '';
  const library = multibase.startsWith('z6Mk') ? Ed25519Multikey : EcdsaMultikey;
  const keyPair = await library.from({...method, type: 'Multikey'});
  return await library.toJwk({keyPair}) as JWK;
}
