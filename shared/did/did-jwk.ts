import {decodeBase64url} from '../util/base64url.js';
import {isObject, KeyLookupError, type ResolvedKey} from './verification-method.js';

/**
 * did:jwk (https://github.com/quartzjer/did-jwk/blob/main/spec.md): the identifier is the
 * base64url JSON of a public JWK, so like did:key it carries its own key. The only
 * verification method is `#0`.
 */
export function resolveDidJwk(url: string): ResolvedKey {
  const hash = url.indexOf('#');
  const did = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : url.slice(hash + 1); // all of it: `#0#junk` is not `#0`
  if(fragment !== undefined && fragment !== '0') {
    throw new KeyLookupError(`"${url}" is not the verification method of its did:jwk.`);
  }
  const encoded = did.slice('did:jwk:'.length);
  if(encoded.length > 2048) {
    throw new KeyLookupError('The did:jwk is too long.');
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(new TextDecoder().decode(decodeBase64url(encoded)));
  } catch {
    throw new KeyLookupError('The did:jwk is not base64url-encoded JSON.');
  }
  if(!isObject(jwk) || 'd' in jwk) {
    throw new KeyLookupError('The did:jwk does not hold a public JWK.');
  }
  const supported = (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') || (jwk.kty === 'EC' && jwk.crv === 'P-256');
  if(!supported) {
    throw new KeyLookupError(`did:jwk keys of type ${String(jwk.kty)}/${String(jwk.crv)} are not supported.`);
  }
  // Both curves have 32-byte coordinates; a JWK without them is no key (as a short did:key is none).
  const coordinates = jwk.kty === 'EC' ? [jwk.x, jwk.y] : [jwk.x];
  if(!coordinates.every(isCoordinate)) {
    throw new KeyLookupError('The did:jwk does not hold a complete public key.');
  }
  return {
    method: {id: `${did}#0`, type: 'JsonWebKey', controller: did, publicKeyJwk: jwk},
    source: 'did:jwk',
    controllerListsKey: true,
  };
}

function isCoordinate(value: unknown): boolean {
  if(typeof value !== 'string') {
    return false;
  }
  try {
    return decodeBase64url(value).byteLength === 32;
  } catch {
    return false;
  }
}
