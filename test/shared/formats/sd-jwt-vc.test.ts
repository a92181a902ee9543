import {createHash, randomBytes} from 'node:crypto';
import {deflateSync} from 'node:zlib';
import {base64url, exportJWK, generateKeyPair, SignJWT} from 'jose';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, NOW} from '../../helpers/fixture-fetch.js';

const status = (report: Awaited<ReturnType<typeof verify>>, id: string) => {
  const check = report.checks.find(c => c.id === id)!;
  return `${check.status} ${check.code}`;
};
const digest = (disclosure: string) => createHash('sha256').update(disclosure).digest('base64url');
const disclose = (name: string, value: unknown) => base64url.encode(JSON.stringify([randomBytes(16).toString('base64url'), name, value]));

async function issuer() {
  const {publicKey, privateKey} = await generateKeyPair('ES256', {extractable: true});
  const jwk = await exportJWK(publicKey);
  return {did: `did:jwk:${base64url.encode(JSON.stringify(jwk))}`, jwk, privateKey};
}

/** The EU learning credential (standards.md §2.4), personal and quality claims selectively disclosable. */
async function learningCredential(key: Awaited<ReturnType<typeof issuer>>, options: {iss?: string; kid?: string; extra?: object} = {}) {
  const disclosures = [disclose('achievement_title', 'Data Literacy for Professionals'), disclose('family_name', 'Jansen'),
    disclose('level_of_learning_experience', 6)];
  const iss = options.iss ?? key.did;
  const issuerJwt = await new SignJWT({
    iss, vct: 'urn:eu.europa.ec.eudi:learning:credential:1', iat: 1748736000, issuing_authority: 'Hogeschool Voorbeeld',
    issuing_country: 'NL', _sd: disclosures.map(digest).concat(digest(disclose('decoy', 1))), _sd_alg: 'sha-256', ...options.extra,
  }).setProtectedHeader({alg: 'ES256', typ: 'dc+sd-jwt', ...(options.kid ? {kid: options.kid} : {})}).sign(key.privateKey);
  return {issuerJwt, disclosures, token: `${issuerJwt}~${disclosures.join('~')}~`};
}

describe('SD-JWT VC', () => {
  test('the EU learning credential from a did:jwk issuer: signature, disclosures, claims', async() => {
    const key = await issuer();
    const {token} = await learningCredential(key);
    const report = await verify(token, {now: NOW, fetch: fixtureFetch({})});
    expect(report.format).toBe('sd-jwt-vc');
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(status(report, 'issuer')).toBe('pass issuer_key_match');
    expect(report.credential).toMatchObject({title: 'Data Literacy for Professionals', issuer: {name: 'Hogeschool Voorbeeld'}});
    expect(report.checks[1].evidence).toMatchObject({disclosures: 3, keyBinding: 'absent'});
  });

  test('an https issuer: its key from the JWT VC Issuer Metadata', async() => {
    const key = await issuer();
    const {token} = await learningCredential(key, {iss: 'https://issuer.example.edu', kid: 'k1'});
    const fetch = fixtureFetch({'https://issuer.example.edu/.well-known/jwt-vc-issuer':
      {issuer: 'https://issuer.example.edu', jwks: {keys: [{...key.jwk, kid: 'k1'}]}}});
    const report = await verify(token, {now: NOW, fetch});
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(status(report, 'issuer')).toBe('pass issuer_key_match');
  });

  test.each([
    ['a disclosure changed by the holder', (issuerJwt: string, d: string[]) =>
      `${issuerJwt}~${disclose('achievement_title', 'Rocket Science')}~${d.slice(1).join('~')}~`],
    ['a disclosure given twice', (issuerJwt: string, d: string[]) => `${issuerJwt}~${d[0]}~${d[0]}~`],
    ['a disclosure that is not JSON', (issuerJwt: string) => `${issuerJwt}~bm90IGpzb24~`],
  ])('%s → invalid', async(_name, forge) => {
    const key = await issuer();
    const {issuerJwt, disclosures} = await learningCredential(key);
    const report = await verify(forge(issuerJwt, disclosures), {now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
    expect(report.verdict).toBe('invalid');
  });

  test('with only some claims disclosed, the undisclosed stay unknown and the rest verifies', async() => {
    const key = await issuer();
    const {issuerJwt, disclosures} = await learningCredential(key);
    const report = await verify(`${issuerJwt}~${disclosures[1]}~`, {now: NOW});
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(report.credential?.title).toBeNull();
  });

  test('a key binding JWT by the holder key in cnf → verified; over another token → invalid', async() => {
    const key = await issuer();
    const holder = await generateKeyPair('ES256', {extractable: true});
    const {token} = await learningCredential(key, {extra: {cnf: {jwk: await exportJWK(holder.publicKey)}}});
    const kb = (presented: string) => new SignJWT({iat: 1764000000, aud: 'https://verifier.example', nonce: 'n', sd_hash: digest(presented)})
      .setProtectedHeader({alg: 'ES256', typ: 'kb+jwt'}).sign(holder.privateKey);
    const good = await verify(`${token}${await kb(token)}`, {now: NOW});
    expect(good.checks[1].evidence).toMatchObject({keyBinding: 'verified'});
    const bad = await verify(`${token}${await kb('something else~')}`, {now: NOW});
    expect(status(bad, 'integrity')).toBe('fail invalid_signature');
  });

  test('an issuer known only by an X.509 chain → the key is not looked up: unverifiable', async() => {
    const key = await issuer();
    const {token} = await learningCredential(key, {iss: 'urn:x509:issuer'});
    expect(status(await verify(token, {now: NOW}), 'integrity')).toBe('unknown key_not_found');
  });

  describe('IETF Token Status List', () => {
    async function withStatus(value: number) {
      const key = await issuer();
      const uri = 'https://status.example.edu/lists/1';
      const bits = new Uint8Array(1024);
      bits[5 >> 3] |= value << (5 & 7); // one bit per token, least significant first (§4.1); token 5
      const list = await new SignJWT({sub: uri, iat: 1764000000, status_list: {bits: 1, lst: base64url.encode(deflateSync(bits))}})
        .setProtectedHeader({alg: 'ES256', typ: 'statuslist+jwt'}).sign(key.privateKey);
      const {token} = await learningCredential(key, {extra: {status: {status_list: {idx: 5, uri}}}});
      return verify(token, {now: NOW, fetch: fixtureFetch({[uri]: () => new Response(list)})});
    }

    test.each([[0, 'pass not_revoked'], [1, 'fail revoked']])('status %i → %s', async(value, expected) => {
      expect(status(await withStatus(value), 'status')).toBe(expected);
    });
  });
});
