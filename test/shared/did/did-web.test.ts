import {describe, expect, test} from 'vitest';
import {didWebUrl, resolveDidWeb} from '../../../shared/did/did-web.js';
import {KeyLookupError} from '../../../shared/did/verification-method.js';
import {createNet} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';
import {ED25519_KEY, fixtureFetch, P256_KEY} from './fixture-fetch.js';

const DID = 'did:web:example.com';
const DOC_URL = 'https://example.com/.well-known/did.json';

const didDocument = (overrides: Record<string, unknown> = {}) => ({
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: DID,
  verificationMethod: [
    {id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: ED25519_KEY},
    {id: '#key-2', type: 'Multikey', controller: DID, publicKeyMultibase: P256_KEY},
    {id: `${DID}#auth-only`, type: 'Multikey', controller: DID, publicKeyMultibase: ED25519_KEY},
    {id: `${DID}#foreign`, type: 'Multikey', controller: 'did:web:other.example', publicKeyMultibase: ED25519_KEY},
  ],
  assertionMethod: [`${DID}#key-1`, '#key-2', `${DID}#foreign`],
  authentication: [`${DID}#auth-only`],
  ...overrides,
});

const netFor = (documents: Record<string, unknown>) => {
  const fetch = fixtureFetch(documents);
  return {fetch, net: createNet({fetch})};
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable('expected a rejection'), (error: unknown) => error);
}

describe('didWebUrl: where a did:web document lives (did:web method §3.2)', () => {
  test.each([
    ['did:web:example.com', 'https://example.com/.well-known/did.json'],
    ['did:web:example.com:user:alice', 'https://example.com/user/alice/did.json'],
    ['did:web:localhost%3A8443', 'https://localhost:8443/.well-known/did.json'],
    ['did:web:example.com%3A8443:issuers:1', 'https://example.com:8443/issuers/1/did.json'],
    ['did:web:Example.COM', 'https://Example.COM/.well-known/did.json'],
    ['did:web:example.com:a%2Fb', 'https://example.com/a%2Fb/did.json'],
    ['did:web:example.com:caf%C3%A9', 'https://example.com/caf%C3%A9/did.json'],
  ])('%s → %s', (did, url) => {
    expect(didWebUrl(did)).toBe(url);
  });

  test.each([
    ['did:web:', 'no host'],
    ['did:web:example.com%2Fevil', 'a slash smuggled into the host'],
    ['did:web:user%40example.com', 'credentials in the host'],
    ['did:web:example.com%3Aport', 'a port that is not a number'],
    ['did:web:exa%zzmple.com', 'broken percent-encoding in the host'],
    ['did:web:example.com:user:%E0%A4%A', 'broken percent-encoding in the path'],
    ['did:web:example.com?query', 'a query'],
  ])('%s is refused with KeyLookupError (%s)', (did) => {
    expect(() => didWebUrl(did)).toThrow(KeyLookupError);
  });
});

describe('resolveDidWeb: the key is looked up in the document the DID names', () => {
  test('finds a key by its absolute id; the controller lists it for assertions', async() => {
    const {fetch, net} = netFor({[DOC_URL]: didDocument()});
    const resolved = await resolveDidWeb(`${DID}#key-1`, net);
    expect(resolved).toEqual({
      method: {id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: ED25519_KEY},
      source: 'did:web',
      controllerListsKey: true,
    });
    expect(fetch.mock.calls.map(call => call[0])).toEqual([DOC_URL]);
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('accept')).toContain('application/did+json');
  });

  test('finds a key written as a relative #key-2 reference, and gives it its absolute id', async() => {
    const {net} = netFor({[DOC_URL]: didDocument()});
    const resolved = await resolveDidWeb(`${DID}#key-2`, net);
    expect(resolved.method.id).toBe(`${DID}#key-2`);
    expect(resolved.method.publicKeyMultibase).toBe(P256_KEY);
    expect(resolved.controllerListsKey).toBe(true);
  });

  test('a key listed only for authentication is found but not listed for assertions', async() => {
    const {net} = netFor({[DOC_URL]: didDocument()});
    const resolved = await resolveDidWeb(`${DID}#auth-only`, net);
    expect(resolved.method.publicKeyMultibase).toBe(ED25519_KEY);
    expect(resolved.controllerListsKey).toBe(false);
  });

  test('a key controlled by another DID is not the document controller\'s, even when listed', async() => {
    const {net} = netFor({[DOC_URL]: didDocument()});
    const resolved = await resolveDidWeb(`${DID}#foreign`, net);
    expect(resolved.method.controller).toBe('did:web:other.example');
    expect(resolved.controllerListsKey).toBe(false);
  });

  test('a key embedded in assertionMethod is found and listed', async() => {
    const embedded = {id: `${DID}#embedded`, type: 'Multikey', controller: DID, publicKeyMultibase: P256_KEY};
    const {net} = netFor({[DOC_URL]: didDocument({assertionMethod: [embedded]})});
    const resolved = await resolveDidWeb(`${DID}#embedded`, net);
    expect(resolved.method.publicKeyMultibase).toBe(P256_KEY);
    expect(resolved.controllerListsKey).toBe(true);
  });

  test('a DID with a path is looked up at its path', async() => {
    const did = 'did:web:example.com:user:alice';
    const {fetch, net} = netFor({
      'https://example.com/user/alice/did.json': {
        id: did,
        verificationMethod: [{id: '#k', type: 'Ed25519VerificationKey2020', controller: did, publicKeyMultibase: ED25519_KEY}],
        assertionMethod: ['#k'],
      },
    });
    const resolved = await resolveDidWeb(`${did}#k`, net);
    expect(resolved.method).toMatchObject({id: `${did}#k`, type: 'Ed25519VerificationKey2020', publicKeyMultibase: ED25519_KEY});
    expect(resolved.controllerListsKey).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a key the document does not have → KeyLookupError', async() => {
    const {net} = netFor({[DOC_URL]: didDocument()});
    expect(await rejection(resolveDidWeb(`${DID}#key-9`, net))).toBeInstanceOf(KeyLookupError);
  });

  test('the DID without a fragment names no key → KeyLookupError', async() => {
    const {net} = netFor({[DOC_URL]: didDocument()});
    expect(await rejection(resolveDidWeb(DID, net))).toBeInstanceOf(KeyLookupError);
  });

  test('an entry with the right id but no key type (e.g. a service) is not a key', async() => {
    const {net} = netFor({[DOC_URL]: didDocument({verificationMethod: [{id: `${DID}#svc`, type: 'LinkedDomains', serviceEndpoint: 'https://example.com'}]})});
    expect(await rejection(resolveDidWeb(`${DID}#svc`, net))).toBeInstanceOf(KeyLookupError);
  });

  test.each([
    ['a document for another DID', {...didDocument(), id: 'did:web:attacker.example'}],
    ['a document without an id', {...didDocument(), id: undefined}],
    ['a document for a longer DID', {...didDocument(), id: `${DID}:sub`}],
    ['an array holding the right document', [didDocument()]],
    ['a JSON string', 'did:web:example.com'],
  ])('%s is refused with KeyLookupError: the document must say it is the DID', async(_what, document) => {
    const {net} = netFor({[DOC_URL]: document});
    expect(await rejection(resolveDidWeb(`${DID}#key-1`, net))).toBeInstanceOf(KeyLookupError);
  });

  test('a missing document is a network problem (NetError not_found), not a key problem', async() => {
    const net = createNet({fetch: async() => new Response('nope', {status: 404})});
    const error = await rejection(resolveDidWeb(`${DID}#key-1`, net));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe('not_found');
  });

  test('a URL the fixture does not know fails loudly (no real network behind the tests)', async() => {
    const {fetch, net} = netFor({});
    const error = await rejection(resolveDidWeb(`${DID}#key-1`, net));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).message).toBe('fixture fetch: unknown URL');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['did:web:localhost%3A8443#key-1', 'https://localhost:8443/.well-known/did.json'],
    ['did:web:127.0.0.1#key-1', 'https://127.0.0.1/.well-known/did.json'],
    ['did:web:169.254.169.254:latest#key-1', 'https://169.254.169.254/latest/did.json'],
    ['did:web:intranet#key-1', 'https://intranet/.well-known/did.json'],
  ])('%s is refused as private before any request', async(url, documentUrl) => {
    const {fetch, net} = netFor({[documentUrl]: didDocument()});
    const error = await rejection(resolveDidWeb(url, net));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe('private_network_blocked');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a did:web on localhost is resolved when the user allows the private network', async() => {
    const did = 'did:web:localhost%3A8443';
    const fetch = fixtureFetch({'https://localhost:8443/.well-known/did.json': {
      id: did, verificationMethod: [{id: '#k', type: 'Multikey', publicKeyMultibase: ED25519_KEY}], assertionMethod: ['#k'],
    }});
    const resolved = await resolveDidWeb(`${did}#k`, createNet({fetch, allowPrivateNetwork: true}));
    expect(resolved.method.controller).toBe(did);
    expect(resolved.controllerListsKey).toBe(true);
  });
});
