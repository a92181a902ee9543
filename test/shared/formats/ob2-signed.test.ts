import {base64url} from 'jose';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW, readFixture} from '../../helpers/fixture-fetch.js';

// The real 1EdTech OB 2.0 signed badge (RS256) with its key, badge class and issuer. The key's
// id is an http:// URL: it is asked for over https, never over plain http.
const TOKEN = readFixture('credentials/1edtech-ob20-signed.jwt').trim();
const KEY = 'https://example.org/key1.json';
const BADGE = 'https://example.org/robotics-badge.json';
const ISSUER = 'https://example.org/organization.json';
const routes = (changes: Record<string, unknown> = {}) => ({
  [KEY]: fixtureJson('credentials/1edtech-ob20-key1.json'),
  [BADGE]: fixtureJson('credentials/1edtech-ob20-badgeclass.json'),
  [ISSUER]: fixtureJson('credentials/1edtech-ob20-issuer.json'),
  ...changes,
});
const [header, payload, signature] = TOKEN.split('.');
const encode = (value: unknown) => base64url.encode(JSON.stringify(value));
const decoded = () => JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
const status = (report: Awaited<ReturnType<typeof verify>>, id: string) => {
  const check = report.checks.find(c => c.id === id)!;
  return `${check.status} ${check.code}`;
};

describe('Open Badges 2.0 signed (JWS)', () => {
  test('the real RS256 badge: signature, key owner and issuer listing all hold', async() => {
    const fetch = fixtureFetch(routes());
    const report = await verify(TOKEN, {fetch, now: NOW});
    expect(report.format).toBe('ob2-signed');
    expect(status(report, 'integrity')).toBe('pass signature_valid');
    expect(status(report, 'issuer')).toBe('pass issuer_key_match');
    expect(report.credential?.title).toBe('Awesome Robotics Badge');
    expect(report.verdict).toBe('warning');
    expect(fetch.calls).toEqual([KEY, BADGE, ISSUER]);
  });

  test.each([
    ['a changed recipient', {recipient: {type: 'email', hashed: false, identity: 'mallory@example.org'}}],
    ['a changed date', {issuedOn: '2020-01-01T00:00:00Z'}],
    ['a changed badge', {badge: 'https://example.org/other-badge.json'}],
  ])('%s in the payload → invalid_signature, and nothing but the key is fetched', async(_name, change) => {
    const forged = `${header}.${encode({...decoded(), ...change})}.${signature}`;
    const fetch = fixtureFetch(routes());
    const report = await verify(forged, {fetch, now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
    expect(report.verdict).toBe('invalid');
    expect(fetch.calls).toEqual([KEY]);
  });

  test.each([
    ['alg none, no signature', `${encode({alg: 'none'})}.${payload}.`],
    ['HS256 keyed with the public key (algorithm confusion)', `${encode({alg: 'HS256', typ: 'JWT'})}.${payload}.${signature}`],
    ['PS512', `${encode({alg: 'PS512'})}.${payload}.${signature}`],
  ])('%s → rejected', async(_name, token) => {
    const report = await verify(token, {fetch: fixtureFetch(routes()), now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
    expect(report.verdict).toBe('invalid');
  });

  test('a key the issuer does not list → issuer_key_mismatch', async() => {
    const issuer = {...fixtureJson('credentials/1edtech-ob20-issuer.json'), publicKey: 'https://example.org/key2.json'};
    const report = await verify(TOKEN, {fetch: fixtureFetch(routes({[ISSUER]: issuer})), now: NOW});
    expect(status(report, 'issuer')).toBe('fail issuer_key_mismatch');
    expect(report.verdict).toBe('invalid');
  });

  test('a key owned by someone else → issuer_key_mismatch', async() => {
    const key = {...fixtureJson('credentials/1edtech-ob20-key1.json'), owner: 'https://mallory.example/me'};
    const report = await verify(TOKEN, {fetch: fixtureFetch(routes({[KEY]: key})), now: NOW});
    expect(status(report, 'issuer')).toBe('fail issuer_key_mismatch');
  });

  test('the key unreachable → unverifiable', async() => {
    const report = await verify(TOKEN, {fetch: fixtureFetch({}), now: NOW});
    expect(status(report, 'integrity')).toBe('unknown network_error');
    expect(report.verdict).toBe('unverifiable');
  });

  test('a creator key on a private address is never fetched', async() => {
    const forged = `${header}.${encode({...decoded(), verification: {type: 'signed', creator: 'https://169.254.169.254/key'}})}.${signature}`;
    const fetch = fixtureFetch(routes());
    const report = await verify(forged, {fetch, now: NOW});
    expect(status(report, 'integrity')).toBe('unknown private_network_blocked');
    expect(fetch.calls).toEqual([]);
  });

  test('the issuer\'s revocationList naming the assertion → revoked', async() => {
    const L = 'https://example.org/revocations.json';
    const issuer = {...fixtureJson('credentials/1edtech-ob20-issuer.json'), revocationList: L};
    const list = {type: 'RevocationList', revokedAssertions: [{id: 'https://example.org/beths-robotics-badge.json', revocationReason: 'Cheating'}]};
    const report = await verify(TOKEN, {fetch: fixtureFetch(routes({[ISSUER]: issuer, [L]: list})), now: NOW});
    expect(status(report, 'status')).toBe('fail revoked');
    expect(report.checks[3].message).toContain('Cheating');
  });

  test('a 10 MB token → too_large, no request', async() => {
    const fetch = fixtureFetch(routes());
    const report = await verify(`${header}.${'A'.repeat(10 * 1024 * 1024)}.${signature}`, {fetch, now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'fail', code: 'too_large'});
    expect(fetch.calls).toEqual([]);
  });

  test('a token that is not JSON inside → malformed', async() => {
    const report = await verify('aGVsbG8.d29ybGQ.c2ln', {now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'fail', code: 'malformed'});
  });
});
