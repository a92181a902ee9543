import {decode} from 'base58-universal';
import {exportJWK, generateKeyPair} from 'jose';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, NOW} from '../../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';

const DID = 'did:web:issuer.example.edu';
const DID_URL = 'https://issuer.example.edu/.well-known/did.json';

function didDocument(publicKeyMultibase: string, listed = true) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: DID,
    verificationMethod: [{id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase}],
    assertionMethod: listed ? ['#key-1'] : [],
  };
}

describe('issuer: the signing key must belong to the issuer', () => {
  test('did:web issuer whose DID document lists the key → pass', async() => {
    const key = await testKey(3, DID);
    const credential = await key.sign(ob3Credential(DID));
    const fetch = fixtureFetch({[DID_URL]: didDocument(key.publicKeyMultibase)});
    const report = await verify(credential, {fetch, now: NOW});
    expect(report.checks.find(c => c.id === 'issuer')).toMatchObject({status: 'pass', code: 'issuer_key_match'});
    expect(fetch.calls).toEqual([DID_URL]);
  });

  test('did:web document that does not list the key for assertions → issuer_key_mismatch', async() => {
    const key = await testKey(3, DID);
    const credential = await key.sign(ob3Credential(DID));
    const report = await verify(credential, {fetch: fixtureFetch({[DID_URL]: didDocument(key.publicKeyMultibase, false)}), now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')?.status).toBe('pass');
    expect(report.checks.find(c => c.id === 'issuer')).toMatchObject({status: 'fail', code: 'issuer_key_mismatch'});
  });

  test('did:web document holding another key → the signature cannot match', async() => {
    const key = await testKey(3, DID);
    const other = await testKey(4);
    const credential = await key.sign(ob3Credential(DID));
    const report = await verify(credential, {fetch: fixtureFetch({[DID_URL]: didDocument(other.publicKeyMultibase)}), now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')).toMatchObject({status: 'fail', code: 'invalid_signature'});
  });

  test('did:web unreachable → unknown, unverifiable (never a pass)', async() => {
    const key = await testKey(3, DID);
    const report = await verify(await key.sign(ob3Credential(DID)), {fetch: fixtureFetch({}), now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')).toMatchObject({status: 'unknown', code: 'network_error'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('a did:key credential naming someone else as issuer → issuer_key_mismatch', async() => {
    const key = await testKey(5);
    const report = await verify(await key.sign(ob3Credential('https://www.hanze.nl')), {now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')?.status).toBe('pass');
    expect(report.checks.find(c => c.id === 'issuer')).toMatchObject({status: 'fail', code: 'issuer_key_mismatch'});
    expect(report.verdict).toBe('invalid');
  });

  test('did:jwk issuer (Ed25519) → integrity and issuer pass, no request', async() => {
    const multibase = (await testKey(8)).publicKeyMultibase;
    // did:jwk of the same Ed25519 key: the 32 key bytes follow the 2-byte multicodec header.
    const x = Buffer.from(decode(multibase.slice(1)).slice(2)).toString('base64url');
    const did = `did:jwk:${Buffer.from(JSON.stringify({kty: 'OKP', crv: 'Ed25519', x})).toString('base64url')}`;
    const key = await testKey(8, did, `${did}#0`);
    const fetch = fixtureFetch({});
    const report = await verify(await key.sign(ob3Credential(did)), {fetch, now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')).toMatchObject({status: 'pass', code: 'signature_valid'});
    expect(report.checks.find(c => c.id === 'issuer')).toMatchObject({status: 'pass', code: 'issuer_key_match'});
    expect(fetch.calls).toEqual([]);
  });

  test('did:jwk holding another key than the one that signed → invalid_signature', async() => {
    const {publicKey} = await generateKeyPair('EdDSA', {crv: 'Ed25519', extractable: true});
    const did = `did:jwk:${Buffer.from(JSON.stringify(await exportJWK(publicKey))).toString('base64url')}`;
    const key = await testKey(8, did, `${did}#0`);
    const report = await verify(await key.sign(ob3Credential(did)), {now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')).toMatchObject({status: 'fail', code: 'invalid_signature'});
  });

  test('an https key is looked up in its document, never taken from the URL fragment', async() => {
    const key = await testKey(6, 'https://issuer.example.edu/profile', `https://issuer.example.edu/profile#${(await testKey(6)).publicKeyMultibase}`);
    const credential = await key.sign(ob3Credential('https://issuer.example.edu/profile'));
    const fetch = fixtureFetch({'https://issuer.example.edu/profile': {id: 'https://issuer.example.edu/profile', type: 'Profile', name: 'No keys here'}});
    const report = await verify(credential, {fetch, now: NOW});
    expect(report.checks.find(c => c.id === 'integrity')).toMatchObject({status: 'unknown', code: 'key_not_found'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('an https key listed by the issuer profile → pass', async() => {
    const profile = 'https://issuer.example.edu/profile';
    const key = await testKey(6, profile, `${profile}#key-1`);
    const credential = await key.sign(ob3Credential(profile));
    const fetch = fixtureFetch({[profile]: {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/multikey/v1'],
      id: profile, type: 'Profile',
      verificationMethod: [{id: `${profile}#key-1`, type: 'Multikey', controller: profile, publicKeyMultibase: key.publicKeyMultibase}],
      assertionMethod: [`${profile}#key-1`],
    }});
    const report = await verify(credential, {fetch, now: NOW});
    expect(report.checks.find(c => c.id === 'issuer')).toMatchObject({status: 'pass', code: 'issuer_key_match'});
  });
});
