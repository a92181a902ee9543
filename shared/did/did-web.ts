import type {Net} from '../net/fetcher.js';
import {findMethod, isObject, KeyLookupError, type ResolvedKey} from './verification-method.js';

/**
 * did:web (W3C CCG did:web §3.2): `did:web:example.com:a:b` → `https://example.com/a/b/did.json`,
 * `did:web:example.com` → `https://example.com/.well-known/did.json`; a port is percent-encoded.
 * The document must say it is that DID, and the key is looked up in it by id.
 */
export function didWebUrl(did: string): string {
  const parts = did.slice('did:web:'.length).split(':').map(part => decode(part, did));
  const host = parts[0];
  if(!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) {
    throw new KeyLookupError(`"${did}" does not name a host.`);
  }
  const path = parts.slice(1).map(encodeURIComponent);
  return `https://${host}/${path.length ? path.join('/') : '.well-known'}/did.json`;
}

function decode(part: string, did: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new KeyLookupError(`"${did}" is not correctly percent-encoded.`); // not a URIError escaping as a crash
  }
}

export async function resolveDidWeb(url: string, net: Net): Promise<ResolvedKey> {
  const did = url.split('#')[0];
  const {json} = await net.getJson(didWebUrl(did), 'application/did+json, application/json;q=0.9');
  if(!isObject(json) || json.id !== did) {
    throw new KeyLookupError(`The DID document at ${didWebUrl(did)} is not the document of ${did}.`);
  }
  const found = findMethod(json, url);
  if(!found) {
    throw new KeyLookupError(`The DID document of ${did} has no key "${url}".`);
  }
  return {method: found.method, source: 'did:web', controllerListsKey: found.listedForAssertion};
}
