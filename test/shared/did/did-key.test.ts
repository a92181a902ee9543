import {describe, expect, test} from 'vitest';
import {resolveDidKey} from '../../../shared/did/did-key.js';
import {KeyLookupError, MULTIKEY_CONTEXT} from '../../../shared/did/verification-method.js';
import {ED25519_KEY, FRAGMENT_KEY, P256_KEY} from './fixture-fetch.js';

describe('resolveDidKey: the key is the identifier (Ed25519 and P-256 only)', () => {
  test.each([
    ['Ed25519', ED25519_KEY],
    ['P-256', P256_KEY],
  ])('a %s did:key with its own key as fragment gives that key as a Multikey', (_kind, key) => {
    const did = `did:key:${key}`;
    const resolved = resolveDidKey(`${did}#${key}`);
    expect(resolved).toEqual({
      method: {'@context': MULTIKEY_CONTEXT, id: `${did}#${key}`, type: 'Multikey', controller: did, publicKeyMultibase: key},
      source: 'did:key',
      controllerListsKey: true,
    });
  });

  test.each([ED25519_KEY, P256_KEY])('did:key:%s without a fragment gives the same key', (key) => {
    const resolved = resolveDidKey(`did:key:${key}`);
    expect(resolved.method.publicKeyMultibase).toBe(key);
    expect(resolved.method.controller).toBe(`did:key:${key}`);
    expect(resolved.method.id).toBe(`did:key:${key}`);
  });

  test('another Ed25519 key gives its own key, not a fixed one', () => {
    expect(resolveDidKey(`did:key:${FRAGMENT_KEY}#${FRAGMENT_KEY}`).method.publicKeyMultibase).toBe(FRAGMENT_KEY);
  });
});

describe('resolveDidKey refuses everything else with KeyLookupError', () => {
  test.each([
    [`did:key:${ED25519_KEY}#key-1`, 'a fragment that is not the key'],
    [`did:key:${ED25519_KEY}#`, 'an empty fragment'],
    [`did:key:${ED25519_KEY}#${P256_KEY}`, 'the fragment of another key'],
    [`did:key:${ED25519_KEY}#${ED25519_KEY}#${ED25519_KEY}`, 'a second fragment'],
    [`did:key:${ED25519_KEY}#${ED25519_KEY}#x`, 'junk after the fragment'],
    ['did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc', 'an X25519 key-agreement key'],
    ['did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme', 'a secp256k1 key'],
    [`did:key:${ED25519_KEY.slice(0, -1)}`, 'a truncated Ed25519 key'],
    [`did:key:${ED25519_KEY}1`, 'an Ed25519 key with a byte too many'],
    [`did:key:${P256_KEY.slice(0, -2)}`, 'a truncated P-256 key'],
    [`did:key:${ED25519_KEY.slice(1)}`, 'no multibase prefix'],
    [`did:key:u${ED25519_KEY.slice(1)}`, 'a base64url multibase prefix'],
    ['did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR0O', 'characters outside base58 (0, O)'],
    ['did:key:', 'nothing'],
    [`did:key:${ED25519_KEY}?versionId=1`, 'a query'],
    [`did:key:${'z'.repeat(80)}`, 'far too long'],
  ])('%s (%s)', (url) => {
    expect(() => resolveDidKey(url)).toThrow(KeyLookupError);
  });
});
