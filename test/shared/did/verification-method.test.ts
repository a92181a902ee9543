import {describe, expect, test} from 'vitest';
import {findMethod, isObject, KeyLookupError} from '../../../shared/did/verification-method.js';
import {ED25519_KEY, P256_KEY} from './fixture-fetch.js';

const CONTROLLER = 'https://issuer.example/profile';
const key = (id: string, extra: Record<string, unknown> = {}) =>
  ({id, type: 'Multikey', controller: CONTROLLER, publicKeyMultibase: ED25519_KEY, ...extra});

describe('findMethod: where in a controller document a key may be', () => {
  test.each([
    ['verificationMethod (array)', {verificationMethod: [key(`${CONTROLLER}#k`)]}],
    ['verificationMethod (a single object)', {verificationMethod: key(`${CONTROLLER}#k`)}],
    ['assertionMethod (embedded)', {assertionMethod: [key(`${CONTROLLER}#k`)]}],
    ['publicKey (older documents)', {publicKey: [key(`${CONTROLLER}#k`)]}],
    ['verificationMethod with a relative id', {verificationMethod: [key('#k')]}],
  ])('in %s', (_where, members) => {
    const found = findMethod({id: CONTROLLER, ...members}, `${CONTROLLER}#k`);
    expect(found?.method).toEqual({id: `${CONTROLLER}#k`, type: 'Multikey', controller: CONTROLLER, publicKeyMultibase: ED25519_KEY});
  });

  test('the document itself, when the URL names a key document', () => {
    const keyUrl = 'https://issuer.example/keys/1';
    const found = findMethod({id: keyUrl, type: 'Ed25519VerificationKey2020', controller: CONTROLLER, publicKeyMultibase: ED25519_KEY}, keyUrl);
    expect(found?.method.publicKeyMultibase).toBe(ED25519_KEY);
    expect(found?.method.controller).toBe(CONTROLLER);
  });

  test('picks the entry with the asked id, not the first key', () => {
    const document = {id: CONTROLLER, verificationMethod: [key('#a'), key('#b', {publicKeyMultibase: P256_KEY})]};
    expect(findMethod(document, `${CONTROLLER}#b`)?.method.publicKeyMultibase).toBe(P256_KEY);
    expect(findMethod(document, `${CONTROLLER}#a`)?.method.publicKeyMultibase).toBe(ED25519_KEY);
  });

  test.each([
    ['another fragment', `${CONTROLLER}#other`],
    ['the bare fragment', '#k'],
    ['the document id', CONTROLLER],
    ['the same fragment on another document', 'https://attacker.example/profile#k'],
  ])('does not match %s', (_what, id) => {
    expect(findMethod({id: CONTROLLER, verificationMethod: [key('#k')]}, id)).toBeNull();
  });

  test('a relative id in a document without an id matches nothing absolute', () => {
    expect(findMethod({verificationMethod: [key('#k')]}, `${CONTROLLER}#k`)).toBeNull();
  });

  test.each([
    'Multikey', 'Ed25519VerificationKey2020', 'JsonWebKey', 'JsonWebKey2020', 'EcdsaSecp256r1VerificationKey2019',
  ])('accepts the key type %s', (type) => {
    expect(findMethod({id: CONTROLLER, verificationMethod: [key('#k', {type})]}, `${CONTROLLER}#k`)?.method.type).toBe(type);
  });

  test.each([
    'X25519KeyAgreementKey2020', 'Profile', 'LinkedDomains', 'Ed25519VerificationKey2018', '', undefined,
  ])('refuses an entry of type %j', (type) => {
    expect(findMethod({id: CONTROLLER, verificationMethod: [key('#k', {type})]}, `${CONTROLLER}#k`)).toBeNull();
  });

  test('ignores entries that are not objects, or have no string id', () => {
    const document = {id: CONTROLLER, verificationMethod: [null, 42, 'text', [key('#k')], {type: 'Multikey'}, key('#k', {id: 7})]};
    expect(findMethod(document, `${CONTROLLER}#k`)).toBeNull();
  });

  test('keeps the method\'s other members and fills a missing controller with the document id', () => {
    const jwk = {kty: 'OKP', crv: 'Ed25519', x: 'abc'};
    const found = findMethod({id: CONTROLLER, verificationMethod: [{id: '#k', type: 'JsonWebKey', publicKeyJwk: jwk}]}, `${CONTROLLER}#k`);
    expect(found?.method).toEqual({id: `${CONTROLLER}#k`, type: 'JsonWebKey', controller: CONTROLLER, publicKeyJwk: jwk});
  });
});

describe('findMethod: is the key listed by its controller for making assertions?', () => {
  test.each([
    ['by absolute id', [`${CONTROLLER}#k`]],
    ['by relative id', ['#k']],
    ['as a single string', `${CONTROLLER}#k`],
    ['embedded', [key('#k')]],
    ['among others', ['#other', '#k']],
  ])('listed %s → true', (_how, assertionMethod) => {
    const found = findMethod({id: CONTROLLER, verificationMethod: [key('#k')], assertionMethod}, `${CONTROLLER}#k`);
    expect(found?.listedForAssertion).toBe(true);
  });

  test.each([
    ['no assertionMethod', {}],
    ['an empty assertionMethod', {assertionMethod: []}],
    ['only other keys', {assertionMethod: ['#other']}],
    ['only in authentication', {authentication: ['#k']}],
    ['only in capabilityInvocation', {capabilityInvocation: [`${CONTROLLER}#k`]}],
    ['a relative ref that only matches on another base', {assertionMethod: ['#K']}],
  ])('%s → false', (_how, members) => {
    const found = findMethod({id: CONTROLLER, verificationMethod: [key('#k')], ...members}, `${CONTROLLER}#k`);
    expect(found).not.toBeNull();
    expect(found?.listedForAssertion).toBe(false);
  });

  test('a key whose controller is someone else is not listed by this document, even if named in assertionMethod', () => {
    const document = {id: CONTROLLER, verificationMethod: [key('#k', {controller: 'https://other.example/'})], assertionMethod: ['#k']};
    const found = findMethod(document, `${CONTROLLER}#k`);
    expect(found?.method.controller).toBe('https://other.example/');
    expect(found?.listedForAssertion).toBe(false);
  });
});

describe('helpers', () => {
  test.each([
    [{}, true], [{a: 1}, true], [[], false], [null, false], [undefined, false], ['x', false], [1, false],
  ])('isObject(%j) is %s', (value, expected) => {
    expect(isObject(value)).toBe(expected);
  });

  test('KeyLookupError is an Error with its own name', () => {
    const error = new KeyLookupError('no key');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('KeyLookupError');
    expect(error.message).toBe('no key');
  });
});
