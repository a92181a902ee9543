import type {Net} from '../net/fetcher.js';
import {findMethod, isObject, KeyLookupError, type ResolvedKey} from './verification-method.js';

/**
 * An https verification method (Open Badges 3.0 §8.3 allows an HTTP URL): fetch the document
 * the URL names (without its fragment) and find the key in it by id. The key is never taken
 * from the fragment, even when the fragment looks like a multibase key: anyone can write
 * `https://any-issuer.example#z6Mk…` (anchors.md §0 item 4).
 */
export async function resolveHttpsKey(url: string, net: Net): Promise<ResolvedKey> {
  const documentUrl = url.split('#')[0];
  const {json} = await net.getJson(documentUrl);
  if(!isObject(json)) {
    throw new KeyLookupError(`${documentUrl} is not a key or controller document.`);
  }
  const found = findMethod(json, url);
  if(!found) {
    throw new KeyLookupError(`The document at ${documentUrl} does not contain the key "${url}".`);
  }
  // A document speaks only for the URL it was fetched from: one elsewhere that calls itself the
  // issuer's controller document (`id` set to the issuer) must not make its key the issuer's.
  const ownDocument = json.id === documentUrl;
  return {method: found.method, source: 'https', controllerListsKey: found.listedForAssertion && ownDocument};
}
