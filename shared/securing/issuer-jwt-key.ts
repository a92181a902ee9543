import type {KeyResolver} from '../did/resolve-key.js';
import {KeyLookupError, type ResolvedKey} from '../did/verification-method.js';
import type {Net} from '../net/fetcher.js';
import {asArray, isRecord} from '../util/json.js';

/**
 * The key that signed an issuer JWT (SD-JWT VC §3.5; Token Status List §5): a DID URL in `kid`;
 * a self-certifying `iss` (did:key, did:jwk); or, for an https `iss`, the JWT VC Issuer Metadata
 * at `/.well-known/jwt-vc-issuer` (its `jwks` or `jwks_uri`), key chosen by `kid`. Certificate
 * chains (`x5c`) are not followed: there is no trust anchor of ours to end them in.
 */
export async function issuerJwtKey(header: Record<string, unknown>, iss: string, keys: KeyResolver, net: Net): Promise<ResolvedKey> {
  const kid = typeof header.kid === 'string' ? header.kid : null;
  if(kid?.startsWith('did:') || (kid?.startsWith('#') && iss.startsWith('did:'))) {
    return keys(kid.startsWith('#') ? iss + kid : kid);
  }
  if(iss.startsWith('did:key:') || iss.startsWith('did:jwk:')) {
    return keys(iss.startsWith('did:key:') ? `${iss}#${iss.slice('did:key:'.length)}` : `${iss}#0`);
  }
  if(!iss.startsWith('https://')) {
    throw new KeyLookupError(header.x5c ? 'X.509 certificate chains are not checked' : 'the issuer names no key we can look up');
  }
  const url = new URL(iss);
  const {json: metadata} = await net.getJson(`${url.origin}/.well-known/jwt-vc-issuer${url.pathname === '/' ? '' : url.pathname}`);
  if(!isRecord(metadata) || metadata.issuer !== iss) {
    throw new KeyLookupError('the issuer metadata does not belong to this issuer');
  }
  const jwks = isRecord(metadata.jwks) ? metadata.jwks : typeof metadata.jwks_uri === 'string' ? (await net.getJson(metadata.jwks_uri)).json : null;
  const candidates = asArray(isRecord(jwks) ? jwks.keys : null).filter(isRecord);
  const jwk = kid ? candidates.find(key => key.kid === kid) : candidates.length === 1 ? candidates[0] : undefined;
  if(!jwk) {
    throw new KeyLookupError(`the issuer publishes no key ${kid ?? '(and the token names none)'}`);
  }
  return {method: {id: `${iss}#${String(jwk.kid ?? 0)}`, type: 'JsonWebKey', controller: iss, publicKeyJwk: jwk},
    source: 'https', controllerListsKey: true};
}
