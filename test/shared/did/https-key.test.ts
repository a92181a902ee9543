import {describe, expect, test} from 'vitest';
import {resolveHttpsKey} from '../../../shared/did/https-key.js';
import {KeyLookupError} from '../../../shared/did/verification-method.js';
import {createNet} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';
import {ED25519_KEY, FRAGMENT_KEY, fixtureFetch, P256_KEY} from './fixture-fetch.js';

const ISSUER = 'https://example.com/issuers/876543';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable('expected a rejection'), (error: unknown) => error);
}

const issuerProfile = (overrides: Record<string, unknown> = {}) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/multikey/v1'],
  id: ISSUER,
  type: ['Profile'],
  name: 'Example Corp',
  verificationMethod: [
    {id: `${ISSUER}#key-1`, type: 'Multikey', controller: ISSUER, publicKeyMultibase: ED25519_KEY},
    {id: '#key-2', type: 'Multikey', controller: ISSUER, publicKeyMultibase: P256_KEY},
    {id: `${ISSUER}#unlisted`, type: 'Multikey', controller: ISSUER, publicKeyMultibase: ED25519_KEY},
  ],
  assertionMethod: [`${ISSUER}#key-1`, '#key-2'],
  ...overrides,
});

function netFor(documents: Record<string, unknown>) {
  const fetch = fixtureFetch(documents);
  return {fetch, net: createNet({fetch})};
}

describe('resolveHttpsKey: the key is looked up in the document the URL names', () => {
  test('fetches the document without the fragment and finds the key by id', async() => {
    const {fetch, net} = netFor({[ISSUER]: issuerProfile()});
    const resolved = await resolveHttpsKey(`${ISSUER}#key-1`, net);
    expect(resolved).toEqual({
      method: {id: `${ISSUER}#key-1`, type: 'Multikey', controller: ISSUER, publicKeyMultibase: ED25519_KEY},
      source: 'https',
      controllerListsKey: true,
    });
    expect(fetch.mock.calls.map(call => call[0])).toEqual([ISSUER]);
  });

  test('a relative #key-2 entry is found under its absolute id', async() => {
    const {net} = netFor({[ISSUER]: issuerProfile()});
    const resolved = await resolveHttpsKey(`${ISSUER}#key-2`, net);
    expect(resolved.method.id).toBe(`${ISSUER}#key-2`);
    expect(resolved.method.publicKeyMultibase).toBe(P256_KEY);
    expect(resolved.controllerListsKey).toBe(true);
  });

  test('a key the profile has but does not list in assertionMethod is found, not listed', async() => {
    const {net} = netFor({[ISSUER]: issuerProfile()});
    const resolved = await resolveHttpsKey(`${ISSUER}#unlisted`, net);
    expect(resolved.controllerListsKey).toBe(false);
  });

  test('a URL that is itself a key document gives that key; its controller has not listed it here', async() => {
    const keyUrl = 'https://example.com/keys/1';
    const {net} = netFor({[keyUrl]: {id: keyUrl, type: 'Ed25519VerificationKey2020', controller: ISSUER, publicKeyMultibase: ED25519_KEY}});
    const resolved = await resolveHttpsKey(keyUrl, net);
    expect(resolved.method).toEqual({id: keyUrl, type: 'Ed25519VerificationKey2020', controller: ISSUER, publicKeyMultibase: ED25519_KEY});
    expect(resolved.controllerListsKey).toBe(false);
  });
});

describe('resolveHttpsKey never takes a key from the fragment (design.md rule 3)', () => {
  const vm = `${ISSUER}#${FRAGMENT_KEY}`;

  test('the 1EdTech sample\'s https://…/issuers/876543#z6Mk… with a profile that lacks that key → KeyLookupError, no key', async() => {
    const {fetch, net} = netFor({[ISSUER]: {id: ISSUER, type: ['Profile'], name: 'Example Corp'}});
    const error = await rejection(resolveHttpsKey(vm, net));
    expect(error).toBeInstanceOf(KeyLookupError);
    expect(fetch.mock.calls.map(call => call[0])).toEqual([ISSUER]);
  });

  test('a profile with other keys but not this one → KeyLookupError', async() => {
    const {net} = netFor({[ISSUER]: issuerProfile()});
    expect(await rejection(resolveHttpsKey(vm, net))).toBeInstanceOf(KeyLookupError);
  });

  test('when the profile does publish a method under that id, its own key material is used, not the fragment', async() => {
    const {net} = netFor({[ISSUER]: issuerProfile({
      verificationMethod: [{id: vm, type: 'Multikey', controller: ISSUER, publicKeyMultibase: ED25519_KEY}],
      assertionMethod: [vm],
    })});
    const resolved = await resolveHttpsKey(vm, net);
    expect(resolved.method.publicKeyMultibase).toBe(ED25519_KEY);
    expect(resolved.method.publicKeyMultibase).not.toBe(FRAGMENT_KEY);
  });

  test('an unreachable document is a network error, never a key from the fragment', async() => {
    const {net} = netFor({});
    const error = await rejection(resolveHttpsKey(vm, net));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe('network_error');
  });
});

describe('resolveHttpsKey: a document speaks only for its own URL', () => {
  test('a document at another address that claims to be the issuer\'s cannot make its key "listed by the issuer"', async() => {
    // attacker.example serves a key document and claims it is the controller document of ISSUER.
    const keyUrl = 'https://attacker.example/keys/1';
    const {net} = netFor({[keyUrl]: {
      id: ISSUER,
      verificationMethod: [{id: keyUrl, type: 'Multikey', controller: ISSUER, publicKeyMultibase: FRAGMENT_KEY}],
      assertionMethod: [keyUrl],
    }});
    const resolved = await resolveHttpsKey(keyUrl, net);
    expect(resolved.controllerListsKey).toBe(false);
  });

  test('the same claim with a fragment on the attacker\'s URL is refused the same way', async() => {
    const keyUrl = 'https://attacker.example/issuer.json#key-1';
    const {net} = netFor({'https://attacker.example/issuer.json': {
      id: ISSUER,
      verificationMethod: [{id: keyUrl, type: 'Multikey', controller: ISSUER, publicKeyMultibase: FRAGMENT_KEY}],
      assertionMethod: [keyUrl],
    }});
    const resolved = await resolveHttpsKey(keyUrl, net);
    expect(resolved.controllerListsKey).toBe(false);
  });
});

describe('resolveHttpsKey: documents and URLs it refuses', () => {
  test.each([
    ['an array', [issuerProfile()]],
    ['a string', 'z6Mk'],
    ['null', null],
  ])('a document that is %s → KeyLookupError', async(_what, document) => {
    const {net} = netFor({[ISSUER]: document});
    expect(await rejection(resolveHttpsKey(`${ISSUER}#key-1`, net))).toBeInstanceOf(KeyLookupError);
  });

  test('an entry with the right id but a type that is not a key → KeyLookupError', async() => {
    const {net} = netFor({[ISSUER]: issuerProfile({verificationMethod: [{id: `${ISSUER}#key-1`, type: 'Profile', publicKeyMultibase: ED25519_KEY}]})});
    expect(await rejection(resolveHttpsKey(`${ISSUER}#key-1`, net))).toBeInstanceOf(KeyLookupError);
  });

  test.each([
    ['http://example.com/issuers/1#key-1', 'network_error'],
    ['https://localhost/issuers/1#key-1', 'private_network_blocked'],
    ['https://169.254.169.254/latest#key-1', 'private_network_blocked'],
    ['https://[fd00::1]/issuer#key-1', 'private_network_blocked'],
  ])('%s is refused with %s and never requested', async(url, code) => {
    const {fetch, net} = netFor({[url.split('#')[0]]: issuerProfile()});
    const error = await rejection(resolveHttpsKey(url, net));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe(code);
    expect(fetch).not.toHaveBeenCalled();
  });
});
