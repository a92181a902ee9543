import {base64url, exportJWK, generateKeyPair, type JWK} from 'jose';
import {beforeAll, describe, expect, test} from 'vitest';
import {resolveDidJwk} from '../../../shared/did/did-jwk.js';
import {KeyLookupError} from '../../../shared/did/verification-method.js';

const didJwk = (jwk: unknown) => `did:jwk:${base64url.encode(JSON.stringify(jwk))}`;

let ed25519: JWK;
let ed25519Private: JWK;
let p256: JWK;
let p256Private: JWK;
let rsa: JWK;

beforeAll(async() => {
  const ed = await generateKeyPair('EdDSA', {extractable: true});
  ed25519 = await exportJWK(ed.publicKey);
  ed25519Private = await exportJWK(ed.privateKey);
  const ec = await generateKeyPair('ES256', {extractable: true});
  p256 = await exportJWK(ec.publicKey);
  p256Private = await exportJWK(ec.privateKey);
  rsa = await exportJWK((await generateKeyPair('RS256', {modulusLength: 2048})).publicKey);
});

describe('resolveDidJwk: the identifier carries its own public JWK', () => {
  test('an Ed25519 did:jwk gives its JWK as the JsonWebKey method #0', () => {
    expect(ed25519).toMatchObject({kty: 'OKP', crv: 'Ed25519'});
    const did = didJwk(ed25519);
    expect(resolveDidJwk(`${did}#0`)).toEqual({
      method: {id: `${did}#0`, type: 'JsonWebKey', controller: did, publicKeyJwk: ed25519},
      source: 'did:jwk',
      controllerListsKey: true,
    });
  });

  test('a P-256 did:jwk gives its JWK', () => {
    expect(p256).toMatchObject({kty: 'EC', crv: 'P-256'});
    const did = didJwk(p256);
    const resolved = resolveDidJwk(`${did}#0`);
    expect(resolved.method.publicKeyJwk).toEqual(p256);
    expect(resolved.method.controller).toBe(did);
  });

  test('without a fragment it names method #0 of the same DID', () => {
    const did = didJwk(ed25519);
    const resolved = resolveDidJwk(did);
    expect(resolved.method.id).toBe(`${did}#0`);
    expect(resolved.method.publicKeyJwk).toEqual(ed25519);
  });

  test('two different keys give two different JWKs (the key really comes from the identifier)', () => {
    expect(resolveDidJwk(didJwk(ed25519)).method.publicKeyJwk).not.toEqual(resolveDidJwk(didJwk(p256)).method.publicKeyJwk);
  });
});

describe('resolveDidJwk refuses everything else with KeyLookupError', () => {
  test('a JWK carrying the private member d (Ed25519 and P-256)', () => {
    expect(ed25519Private.d).toBeTypeOf('string');
    expect(() => resolveDidJwk(`${didJwk(ed25519Private)}#0`)).toThrow(KeyLookupError);
    expect(() => resolveDidJwk(`${didJwk(p256Private)}#0`)).toThrow(KeyLookupError);
  });

  test('an RSA JWK', () => {
    expect(rsa.kty).toBe('RSA');
    expect(() => resolveDidJwk(`${didJwk(rsa)}#0`)).toThrow(KeyLookupError);
  });

  test.each([
    [{kty: 'EC', crv: 'secp256k1', x: 'x', y: 'y'}, 'secp256k1'],
    [{kty: 'EC', crv: 'P-384', x: 'x', y: 'y'}, 'P-384'],
    [{kty: 'OKP', crv: 'X25519', x: 'x'}, 'X25519 (key agreement)'],
    [{kty: 'OKP', crv: 'Ed448', x: 'x'}, 'Ed448'],
    [{kty: 'oct', k: 'c2VjcmV0'}, 'a symmetric key'],
    [{crv: 'Ed25519', x: 'x'}, 'no kty'],
  ] as [Record<string, unknown>, string][])('an unsupported key type: %j (%s)', (jwk) => {
    expect(() => resolveDidJwk(`${didJwk(jwk)}#0`)).toThrow(KeyLookupError);
  });

  test.each([
    ['x'],
    ['crv'],
  ])('an Ed25519 JWK without %s', (member) => {
    const broken: Record<string, unknown> = {...ed25519};
    delete broken[member];
    expect(() => resolveDidJwk(`${didJwk(broken)}#0`)).toThrow(KeyLookupError);
  });

  test.each([['x'], ['y']])('a P-256 JWK without %s', (member) => {
    const broken: Record<string, unknown> = {...p256};
    delete broken[member];
    expect(() => resolveDidJwk(`${didJwk(broken)}#0`)).toThrow(KeyLookupError);
  });

  test('an Ed25519 JWK whose x is not 32 bytes of base64url', () => {
    expect(() => resolveDidJwk(didJwk({...ed25519, x: 'AAAA'}))).toThrow(KeyLookupError);
    expect(() => resolveDidJwk(didJwk({...ed25519, x: 42}))).toThrow(KeyLookupError);
    expect(() => resolveDidJwk(didJwk({...ed25519, x: `${ed25519.x}+/`}))).toThrow(KeyLookupError);
  });

  test.each([
    ['did:jwk:!!!not-base64!!!', 'not base64url'],
    ['did:jwk:eyJrdHkiOiJPS1Ai=', 'padding is not base64url'],
    [`did:jwk:${base64url.encode('not json')}`, 'base64url of text that is not JSON'],
    [`did:jwk:${base64url.encode('[1,2,3]')}`, 'a JSON array'],
    [`did:jwk:${base64url.encode('null')}`, 'JSON null'],
    [`did:jwk:${base64url.encode('"OKP"')}`, 'a JSON string'],
    ['did:jwk:', 'nothing'],
    [`did:jwk:${'A'.repeat(4000)}`, 'far too long'],
  ])('%s (%s)', (url) => {
    expect(() => resolveDidJwk(url)).toThrow(KeyLookupError);
  });

  test.each([
    ['#1', 'another method number'],
    ['#', 'an empty fragment'],
    ['#key-1', 'a name'],
    ['#0#0', 'a second fragment'],
  ])('the fragment %s (%s)', (fragment) => {
    expect(() => resolveDidJwk(`${didJwk(ed25519)}${fragment}`)).toThrow(KeyLookupError);
  });
});
