import {base64url, exportJWK, generateKeyPair, type JWK} from 'jose';
import {beforeAll, describe, expect, test, vi} from 'vitest';
import {createKeyResolver, UnsupportedKeyError} from '../../../shared/did/resolve-key.js';
import {KeyLookupError, MULTIKEY_CONTEXT} from '../../../shared/did/verification-method.js';
import {createNet, type Net} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';
import {ED25519_KEY, fixtureFetch, P256_KEY} from './fixture-fetch.js';

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';
const WEB_DID = 'did:web:issuer.example';
const WEB_DOC_URL = 'https://issuer.example/.well-known/did.json';
const PROFILE = 'https://issuer.example/profile';

const documents = {
  [WEB_DOC_URL]: {
    id: WEB_DID,
    verificationMethod: [
      {id: '#multikey', type: 'Multikey', controller: WEB_DID, publicKeyMultibase: ED25519_KEY},
      {id: '#ed2020', type: 'Ed25519VerificationKey2020', controller: WEB_DID, publicKeyMultibase: ED25519_KEY},
      {'@context': 'https://example.org/own-context', id: '#own', type: 'Multikey', controller: WEB_DID, publicKeyMultibase: P256_KEY},
    ],
    assertionMethod: ['#multikey', '#ed2020'],
  },
  [PROFILE]: {
    id: PROFILE,
    verificationMethod: [{id: `${PROFILE}#key-1`, type: 'Multikey', controller: PROFILE, publicKeyMultibase: P256_KEY}],
    assertionMethod: [`${PROFILE}#key-1`],
  },
};

function setup() {
  const fetch = fixtureFetch(documents);
  return {fetch, resolve: createKeyResolver(createNet({fetch}))};
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable('expected a rejection'), (error: unknown) => error);
}

let jwk: JWK;
beforeAll(async() => {
  jwk = await exportJWK((await generateKeyPair('EdDSA')).publicKey);
});

describe('createKeyResolver: dispatch by kind of identifier', () => {
  test('did:key is resolved locally, without a request', async() => {
    const {fetch, resolve} = setup();
    const resolved = await resolve(`did:key:${ED25519_KEY}#${ED25519_KEY}`);
    expect(resolved.source).toBe('did:key');
    expect(resolved.method.publicKeyMultibase).toBe(ED25519_KEY);
    expect(resolved.method['@context']).toBe(MULTIKEY_CONTEXT);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('did:jwk is resolved locally, and its method gets a context', async() => {
    const {fetch, resolve} = setup();
    const did = `did:jwk:${base64url.encode(JSON.stringify(jwk))}`;
    const resolved = await resolve(`${did}#0`);
    expect(resolved.source).toBe('did:jwk');
    expect(resolved.method.publicKeyJwk).toEqual(jwk);
    expect(resolved.method['@context']).toBe(MULTIKEY_CONTEXT);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('did:web is looked up in its DID document; a Multikey gets the Multikey context', async() => {
    const {fetch, resolve} = setup();
    const resolved = await resolve(`${WEB_DID}#multikey`);
    expect(resolved).toEqual({
      method: {'@context': MULTIKEY_CONTEXT, id: `${WEB_DID}#multikey`, type: 'Multikey', controller: WEB_DID, publicKeyMultibase: ED25519_KEY},
      source: 'did:web',
      controllerListsKey: true,
    });
    expect(fetch.mock.calls.map(call => call[0])).toEqual([WEB_DOC_URL]);
  });

  test('an Ed25519VerificationKey2020 gets the Ed25519 2020 context', async() => {
    const {resolve} = setup();
    expect((await resolve(`${WEB_DID}#ed2020`)).method['@context']).toBe(ED25519_2020_CONTEXT);
  });

  test('a method that brings its own context keeps it', async() => {
    const {resolve} = setup();
    expect((await resolve(`${WEB_DID}#own`)).method['@context']).toBe('https://example.org/own-context');
  });

  test('an https verification method is looked up in the document it names', async() => {
    const {fetch, resolve} = setup();
    const resolved = await resolve(`${PROFILE}#key-1`);
    expect(resolved.source).toBe('https');
    expect(resolved.method.publicKeyMultibase).toBe(P256_KEY);
    expect(resolved.controllerListsKey).toBe(true);
    expect(fetch.mock.calls.map(call => call[0])).toEqual([PROFILE]);
  });

  test('a plain http verification method goes through the same network rules (refused: https only)', async() => {
    const {fetch, resolve} = setup();
    const error = await rejection(resolve('http://issuer.example/profile#key-1'));
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe('network_error');
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['did:example:123#key-1', 'did:example'],
    ['did:ion:EiAbc#key-1', 'did:ion'],
    ['did:peer:2.Ez6Mk', 'did:peer'],
    ['did:webvh:abc:issuer.example#key', 'did:webvh'],
    ['urn:uuid:0f1e6c1c-0000-4000-8000-000000000000', 'urn:uuid'],
    ['ftp://issuer.example/key', 'ftp://issuer.example/key'],
    [`DID:KEY:${ED25519_KEY}`, `DID:KEY`],
    ['', ''],
  ])('%j is an UnsupportedKeyError naming the kind %j, without a request', async(url, kind) => {
    const {fetch, resolve} = setup();
    const error = await rejection(resolve(url));
    expect(error).toBeInstanceOf(UnsupportedKeyError);
    expect((error as UnsupportedKeyError).url).toBe(url);
    expect((error as UnsupportedKeyError).message).toContain(`"${kind}"`);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a bad did:key is a KeyLookupError, not an UnsupportedKeyError', async() => {
    const {resolve} = setup();
    expect(await rejection(resolve(`did:key:${ED25519_KEY}#key-1`))).toBeInstanceOf(KeyLookupError);
  });
});

describe('createKeyResolver: one answer per URL for the whole run', () => {
  /** A Net whose getJson is counted, so the resolver's own cache is visible apart from the network cache. */
  function countingNet(): Net & {getJson: ReturnType<typeof vi.fn>} {
    const inner = createNet({fetch: fixtureFetch(documents)});
    return {...inner, getJson: vi.fn((url: string, accept?: string) => inner.getJson(url, accept))};
  }

  test('the same URL asked twice is looked up once and gives the same answer', async() => {
    const net = countingNet();
    const resolve = createKeyResolver(net);
    const first = await resolve(`${WEB_DID}#multikey`);
    const second = await resolve(`${WEB_DID}#multikey`);
    expect(second).toBe(first);
    expect(net.getJson).toHaveBeenCalledTimes(1);
  });

  test('concurrent lookups of one URL share one lookup', async() => {
    const net = countingNet();
    const resolve = createKeyResolver(net);
    const [a, b] = await Promise.all([resolve(`${PROFILE}#key-1`), resolve(`${PROFILE}#key-1`)]);
    expect(a).toBe(b);
    expect(net.getJson).toHaveBeenCalledTimes(1);
  });

  test('a failed lookup is remembered too', async() => {
    const net = countingNet();
    const resolve = createKeyResolver(net);
    expect(await rejection(resolve(`${WEB_DID}#missing`))).toBeInstanceOf(KeyLookupError);
    expect(await rejection(resolve(`${WEB_DID}#missing`))).toBeInstanceOf(KeyLookupError);
    expect(net.getJson).toHaveBeenCalledTimes(1);
  });

  test('two keys of one document are two lookups, but the network fetches the document once', async() => {
    const {fetch, resolve} = setup();
    await resolve(`${WEB_DID}#multikey`);
    await resolve(`${WEB_DID}#ed2020`);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a new resolver starts with an empty cache', async() => {
    const net = countingNet();
    await createKeyResolver(net)(`${WEB_DID}#multikey`);
    await createKeyResolver(net)(`${WEB_DID}#multikey`);
    expect(net.getJson).toHaveBeenCalledTimes(2);
  });
});
