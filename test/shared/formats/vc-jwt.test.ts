import {base64url, exportJWK, generateKeyPair, SignJWT, type JWTPayload} from 'jose';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, NOW} from '../../helpers/fixture-fetch.js';

const status = (report: Awaited<ReturnType<typeof verify>>, id: string) => {
  const check = report.checks.find(c => c.id === id)!;
  return `${check.status} ${check.code}`;
};

async function didJwkIssuer(alg: 'EdDSA' | 'ES256') {
  const {publicKey, privateKey} = await generateKeyPair(alg, {extractable: true});
  const did = `did:jwk:${base64url.encode(JSON.stringify(await exportJWK(publicKey)))}`;
  return {did, kid: `${did}#0`, privateKey, alg};
}

/** The achievement as the edubadges pilot agents send it (edubadges.md §8), in a VC 1.1 `vc` claim. */
function ob3Vc(issuer: string) {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: {id: issuer, type: ['Profile'], name: 'Hogeschool Voorbeeld'},
    issuanceDate: '2025-06-01T00:00:00Z',
    credentialSubject: {type: ['AchievementSubject'], achievement: {id: 'https://edubadges.nl/public/assertions/x', type: ['Achievement'],
      name: 'Circular Economy', description: 'Applies circular design.', criteria: {narrative: 'Passed.'}, ECTS: 3.0}},
  };
}

async function sign(payload: JWTPayload, key: {privateKey: CryptoKey; alg: string; kid?: string}, typ = 'JWT') {
  return new SignJWT(payload).setProtectedHeader({alg: key.alg, typ, ...(key.kid ? {kid: key.kid} : {})}).sign(key.privateKey);
}

describe('VC-JWT', () => {
  test.each(['EdDSA', 'ES256'] as const)('OB 3.0 as jwt_vc_json with a did:jwk issuer (%s) → integrity and issuer pass, no request', async alg => {
    const key = await didJwkIssuer(alg);
    const token = await sign({iss: key.did, jti: 'urn:uuid:1', nbf: 1748736000, vc: ob3Vc(key.did)}, key);
    const fetch = fixtureFetch({});
    const report = await verify(token, {fetch, now: NOW});
    expect(report.format).toBe('ob3-jwt');
    expect(status(report, 'format')).toBe('pass well_formed');
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(status(report, 'issuer')).toBe('pass issuer_key_match');
    expect(report.credential?.title).toBe('Circular Economy');
    expect(report.verdict).toBe('warning');
    expect(fetch.calls).toEqual([]);
  });

  test('VC 2.0 vc+jwt with a did:web issuer publishing an RS256 JsonWebKey', async() => {
    const {publicKey, privateKey} = await generateKeyPair('RS256', {extractable: true});
    const did = 'did:web:issuer.example.edu';
    const vm = {id: `${did}#rsa-1`, type: 'JsonWebKey', controller: did, publicKeyJwk: await exportJWK(publicKey)};
    const credential = {'@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: did,
      validFrom: '2025-01-01T00:00:00Z', credentialSubject: {id: 'did:example:learner', degree: 'x'}};
    const token = await sign({...credential, iss: did}, {privateKey, alg: 'RS256', kid: vm.id}, 'vc+jwt');
    const fetch = fixtureFetch({'https://issuer.example.edu/.well-known/did.json': {id: did, verificationMethod: [vm], assertionMethod: [vm.id]}});
    const report = await verify(token, {fetch, now: NOW});
    expect(report.format).toBe('vc-jwt');
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(status(report, 'issuer')).toBe('pass issuer_key_match');
  });

  test('a changed payload → invalid_signature', async() => {
    const key = await didJwkIssuer('EdDSA');
    const [header, , signature] = (await sign({iss: key.did, vc: ob3Vc(key.did)}, key)).split('.');
    const forged = ob3Vc(key.did);
    forged.credentialSubject.achievement.name = 'Rocket Science';
    const report = await verify(`${header}.${base64url.encode(JSON.stringify({iss: key.did, vc: forged}))}.${signature}`, {now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
    expect(report.verdict).toBe('invalid');
  });

  test.each([
    ['alg none', {alg: 'none'}],
    ['HS256 (a shared secret, not a signature)', {alg: 'HS256'}],
  ])('%s → rejected', async(_name, header) => {
    const key = await didJwkIssuer('EdDSA');
    const token = `${base64url.encode(JSON.stringify({...header, kid: key.kid}))}.${base64url.encode(JSON.stringify({iss: key.did, vc: ob3Vc(key.did)}))}.`;
    const report = await verify(token, {now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
  });

  test('an EdDSA header over a P-256 key (algorithm confusion) → rejected', async() => {
    const key = await didJwkIssuer('ES256');
    const [, payload, signature] = (await sign({iss: key.did, vc: ob3Vc(key.did)}, key)).split('.');
    const report = await verify(`${base64url.encode(JSON.stringify({alg: 'EdDSA', kid: key.kid}))}.${payload}.${signature}`, {now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
  });

  test('a kid on a private address is never fetched', async() => {
    const key = await didJwkIssuer('EdDSA');
    const fetch = fixtureFetch({});
    const token = await sign({iss: 'https://issuer.example.edu', vc: ob3Vc('https://issuer.example.edu')},
      {...key, kid: 'https://169.254.169.254/keys/1'});
    const report = await verify(token, {fetch, now: NOW});
    expect(status(report, 'integrity')).toBe('unknown private_network_blocked');
    expect(fetch.calls).toEqual([]);
  });

  test('a key only in the header (jwk), no kid, https issuer → the key is not taken from the token', async() => {
    const {publicKey, privateKey} = await generateKeyPair('ES256', {extractable: true});
    const token = await new SignJWT({iss: 'https://issuer.example.edu', vc: ob3Vc('https://issuer.example.edu')})
      .setProtectedHeader({alg: 'ES256', jwk: await exportJWK(publicKey)}).sign(privateKey);
    const report = await verify(token, {now: NOW});
    expect(status(report, 'integrity')).toBe('unknown key_not_found');
  });

  test('iss naming someone else than the credential\'s issuer → issuer_key_mismatch', async() => {
    const key = await didJwkIssuer('EdDSA');
    const token = await sign({iss: key.did, vc: ob3Vc('https://www.hanze.nl')}, key);
    const report = await verify(token, {now: NOW});
    expect(status(report, 'issuer')).toBe('fail issuer_key_mismatch');
  });

  test.each([
    ['exp in the past', {exp: 1700000000}, 'fail expired'],
    ['nbf in the future', {nbf: 4102444800}, 'fail not_yet_valid'],
    ['exp in the future', {exp: 4102444800}, 'pass within_validity'],
  ])('%s → %s', async(_name, claims, expected) => {
    const key = await didJwkIssuer('EdDSA');
    const report = await verify(await sign({iss: key.did, vc: ob3Vc(key.did), ...claims}, key), {now: NOW});
    expect(status(report, 'validity')).toBe(expected);
  });
});
