import {decode} from 'base58-universal';
import {KeyLookupError, MULTIKEY_CONTEXT, type ResolvedKey} from './verification-method.js';

// Multicodec headers (https://github.com/multiformats/multicodec): ed25519-pub 0xed, p256-pub 0x1200.
const ED25519 = {prefix: [0xed, 0x01], length: 34};
const P256 = {prefix: [0x80, 0x24], length: 35};

/**
 * did:key carries its own key (W3C did:key method §3.1), so it is the one method where the key
 * may come from the identifier itself. Ed25519 (`z6Mk…`) and P-256 (`zDn…`) only.
 * `url` is the verification method as the proof names it: `did:key:X#X`, or just `did:key:X`.
 */
export function resolveDidKey(url: string): ResolvedKey {
  const hash = url.indexOf('#');
  const did = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : url.slice(hash + 1); // all of it: `#X#junk` is not `#X`
  const multibase = did.slice('did:key:'.length);
  if(fragment !== undefined && fragment !== multibase) {
    throw new KeyLookupError(`"${url}" does not name the key of its did:key.`);
  }
  assertKnownKey(multibase);
  return {
    method: {'@context': MULTIKEY_CONTEXT, id: url, type: 'Multikey', controller: did, publicKeyMultibase: multibase},
    source: 'did:key',
    controllerListsKey: true,
  };
}

function assertKnownKey(multibase: string): void {
  if(!/^z[1-9A-HJ-NP-Za-km-z]{40,60}$/.test(multibase)) {
    throw new KeyLookupError('The did:key is not a base58btc multibase key.');
  }
  let bytes: Uint8Array;
  try {
    bytes = decode(multibase.slice(1));
  } catch {
    throw new KeyLookupError('The did:key is not valid base58btc.');
  }
  const known = [ED25519, P256].some(({prefix, length}) =>
    bytes.length === length && bytes[0] === prefix[0] && bytes[1] === prefix[1]);
  if(!known) {
    throw new KeyLookupError('The did:key is neither an Ed25519 nor a P-256 key.');
  }
}
