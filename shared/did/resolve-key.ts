import type {Net} from '../net/fetcher.js';
import {resolveDidJwk} from './did-jwk.js';
import {resolveDidKey} from './did-key.js';
import {resolveDidWeb} from './did-web.js';
import {resolveHttpsKey} from './https-key.js';
import {MULTIKEY_CONTEXT, type ResolvedKey} from './verification-method.js';

export type KeyResolver = (url: string) => Promise<ResolvedKey>;

/** Look up the key a proof names, with one answer per URL for the whole run. */
export function createKeyResolver(net: Net): KeyResolver {
  const cache = new Map<string, Promise<ResolvedKey>>();
  return url => {
    let pending = cache.get(url);
    if(!pending) {
      pending = resolve(url, net).then(withContext);
      cache.set(url, pending);
    }
    return pending;
  };
}

async function resolve(url: string, net: Net): Promise<ResolvedKey> {
  if(url.startsWith('did:key:')) {
    return resolveDidKey(url);
  }
  if(url.startsWith('did:jwk:')) {
    return resolveDidJwk(url);
  }
  if(url.startsWith('did:web:')) {
    return resolveDidWeb(url, net);
  }
  if(url.startsWith('https://') || url.startsWith('http://')) {
    return resolveHttpsKey(url, net);
  }
  throw new UnsupportedKeyError(url);
}

/** The suites read a verification method as JSON-LD; give it the context its type needs. */
function withContext(key: ResolvedKey): ResolvedKey {
  if(key.method['@context']) {
    return key;
  }
  const context = key.method.type === 'Ed25519VerificationKey2020' ?
    'https://w3id.org/security/suites/ed25519-2020/v1' : MULTIKEY_CONTEXT;
  return {...key, method: {...key.method, '@context': context}};
}

export class UnsupportedKeyError extends Error {
  constructor(readonly url: string) {
    super(`Keys of the kind "${url.split(':').slice(0, 2).join(':')}" cannot be looked up.`);
    this.name = 'UnsupportedKeyError';
  }
}
