import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW} from '../../helpers/fixture-fetch.js';

const ID = 'a41jSgmsSh6Sa1xcVUku5Q';
const API = `https://api.edubadges.nl/public/assertions/${ID}`;
const EXPANDED = `${API}?expand=badge&expand=badge.issuer`;
const expanded = () => fixtureJson(`http/edubadges-expanded-${ID}.json`);
const check = (report: Awaited<ReturnType<typeof verify>>, id: string) => {
  const found = report.checks.find(c => c.id === id)!;
  return `${found.status} ${found.code}`;
};

describe('edubadges', () => {
  test.each([
    [`https://www.edubadges.nl/public/assertions/${ID}`],
    [`https://edubadges.nl/public/assertions/${ID}`],
    [API],
    [`${API}.json`],
    [`https://www.linkedin.com/safety/go?url=${encodeURIComponent(`https://www.edubadges.nl/public/assertions/${ID}?trk=x`)}`],
  ])('%s → one request for assertion, badge class and issuer; hosted checks pass', async url => {
    const fetch = fixtureFetch({[EXPANDED]: expanded()});
    const report = await verify(url, {fetch, now: NOW});
    expect(fetch.calls).toEqual([EXPANDED]);
    expect(report.format).toBe('ob2-hosted');
    expect(check(report, 'format')).toBe('pass well_formed');
    expect(check(report, 'integrity')).toBe('pass hosted_verified');
    expect(check(report, 'issuer')).toBe('pass hosted_origin_match');
    expect(check(report, 'status')).toBe('pass not_revoked');
    expect(check(report, 'validity')).toBe('pass within_validity');
    expect(report.credential).toMatchObject({title: 'Edubadge account complete',
      issuer: {id: 'https://api.edubadges.nl/public/issuers/lQ67BQQQS-eBx5syJGpazg', name: 'SURF - Team edubadges'},
      issuedOn: '2022-12-05T14:21:04.517352+00:00'});
    expect(['verified', 'warning']).toContain(report.verdict);
  });

  test('the downloaded assertion JSON is a pointer: it is fetched again from its own id', async() => {
    const fetch = fixtureFetch({[EXPANDED]: expanded()});
    const report = await verify(fixtureJson(`credentials/edubadges/ob2-assertion-prod-${ID}.json`), {fetch, now: NOW});
    expect(fetch.calls).toEqual([EXPANDED]);
    expect(check(report, 'integrity')).toBe('pass hosted_verified');
  });

  test('404: private or removed → unverifiable, and the message says the holder must make it public', async() => {
    const fetch = fixtureFetch({[EXPANDED]: () => new Response('{"detail":"Not found."}', {status: 404})});
    for(const lang of ['en', 'nl'] as const) {
      const report = await verify(`https://www.edubadges.nl/public/assertions/${ID}`, {fetch, now: NOW, lang});
      expect(check(report, 'integrity')).toBe('unknown not_found');
      expect(report.verdict).toBe('unverifiable');
      expect(report.checks[1].message).toMatch(lang === 'en' ? /private or was removed.*make it public/ : /privé of verwijderd.*openbaar/);
    }
  });

  test('the revoked stub → invalid, with the revocation reason shown', async() => {
    const stub = {'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: API, revoked: true, revocationReason: 'Issued in error'};
    const report = await verify(API, {fetch: fixtureFetch({[EXPANDED]: stub}), now: NOW});
    expect(check(report, 'status')).toBe('fail revoked');
    expect(report.checks[3].message).toContain('Issued in error');
    expect(report.verdict).toBe('invalid');
  });

  test('the demo environment is reported as such, from its own API host', async() => {
    const demoApi = `https://api-demo.edubadges.nl/public/assertions/${ID}`;
    const demo = JSON.parse(JSON.stringify(expanded()).replaceAll('https://api.edubadges.nl', 'https://api-demo.edubadges.nl'));
    const fetch = fixtureFetch({[`${demoApi}?expand=badge&expand=badge.issuer`]: demo});
    const report = await verify(`https://demo.edubadges.nl/public/assertions/${ID}`, {fetch, now: NOW});
    expect(check(report, 'integrity')).toBe('pass hosted_verified');
    expect(report.checks.find(c => c.id === 'trust')?.status).not.toBe('pass');
  });

  test('an assertion served under another id → hosted_id_mismatch, invalid', async() => {
    const moved = {...expanded(), id: 'https://api.edubadges.nl/public/assertions/BBBBBBBBBBBBBBBBBBBBBB'};
    const report = await verify(API, {fetch: fixtureFetch({[EXPANDED]: moved}), now: NOW});
    expect(check(report, 'integrity')).toBe('fail hosted_id_mismatch');
    expect(report.verdict).toBe('invalid');
  });

  test('the eduID recipient cannot be matched by e-mail, and says why (not a mismatch)', async() => {
    for(const lang of ['en', 'nl'] as const) {
      const report = await verify(API, {fetch: fixtureFetch({[EXPANDED]: expanded()}), now: NOW, recipient: 'learner@example.nl', lang});
      expect(check(report, 'recipient')).toBe('unknown recipient_not_checkable');
      expect(report.checks[6].message).toMatch(/eduID/);
    }
  });

  test.each(['png', 'svg'])('the real dev-instance assertion unbaked from a %s (localhost) is never fetched', async kind => {
    const fetch = fixtureFetch({});
    const report = await verify(fixtureJson(`credentials/edubadges/ob2-assertion-baked-${kind}-localhost-2021.json`), {fetch, now: NOW});
    expect(check(report, 'integrity')).toBe('unknown private_network_blocked');
    expect(report.verdict).toBe('unverifiable');
    expect(fetch.calls).toEqual([]);
  });
});

describe('a generic Open Badges 2.0 hosted assertion', () => {
  const A = 'https://badges.example.org/assertions/1';
  const B = 'https://badges.example.org/badges/robotics';
  const I = 'https://badges.example.org/issuer';
  const assertion = {'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: A, badge: B, issuedOn: '2024-05-01T10:00:00Z',
    recipient: {type: 'email', hashed: false, identity: 'beth@example.org'}, verification: {type: 'hosted'}};
  const badge = {'@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', id: B, name: 'Robotics', description: 'Builds robots.',
    image: 'https://badges.example.org/robot.png', criteria: {narrative: 'Built one.'}, issuer: I};
  const issuer = {'@context': 'https://w3id.org/openbadges/v2', type: 'Issuer', id: I, name: 'Example Robotics Club', url: 'https://example.org'};

  test('assertion, badge class and issuer: three requests, hosted checks pass', async() => {
    const fetch = fixtureFetch({[A]: assertion, [B]: badge, [I]: issuer});
    const report = await verify(A, {fetch, now: NOW, recipient: 'beth@example.org'});
    expect(fetch.calls).toEqual([A, B, I]);
    expect(report.checks.map(c => `${c.id} ${c.status}`)).toEqual(
      ['format pass', 'integrity pass', 'issuer pass', 'status pass', 'validity pass', 'trust warn', 'recipient pass']);
    expect(report.verdict).toBe('warning');
  });

  test.each([
    ['allowedOrigins that do not include the host', {verification: {allowedOrigins: ['other.example.org']}}, 'fail hosted_origin_mismatch'],
    ['startsWith that does not match', {verification: {startsWith: ['https://badges.example.org/other/']}}, 'fail hosted_origin_mismatch'],
    ['allowedOrigins that include the host', {verification: {allowedOrigins: ['badges.example.org']}}, 'pass hosted_origin_match'],
    ['no policy, issuer elsewhere', {id: 'https://issuer.elsewhere.example/me'}, 'fail hosted_origin_mismatch'],
  ])('issuer verification policy: %s → %s', async(_name, change, expected) => {
    const profile = {...issuer, ...change};
    const report = await verify(A, {fetch: fixtureFetch({[A]: assertion, [B]: {...badge, issuer: profile.id}, [profile.id]: profile}), now: NOW});
    expect(check(report, 'issuer')).toBe(expected);
  });

  test.each([
    ['listed by id', ['https://badges.example.org/assertions/1'], 'fail revoked'],
    ['listed with a reason', [{id: A, revocationReason: 'Plagiarism'}], 'fail revoked'],
    ['not listed', ['https://badges.example.org/assertions/2'], 'pass not_revoked'],
  ])('the issuer\'s revocationList: %s → %s', async(_name, revokedAssertions, expected) => {
    const L = 'https://badges.example.org/revocations';
    const fetch = fixtureFetch({[A]: assertion, [B]: badge, [I]: {...issuer, revocationList: L}, [L]: {type: 'RevocationList', revokedAssertions}});
    const report = await verify(A, {fetch, now: NOW});
    expect(check(report, 'status')).toBe(expected);
  });

  test('410 Gone → revoked', async() => {
    const report = await verify(A, {fetch: fixtureFetch({[A]: () => new Response('', {status: 410})}), now: NOW});
    expect(check(report, 'status')).toBe('fail revoked');
    expect(report.verdict).toBe('invalid');
  });

  test('expires in the past → expired', async() => {
    const fetch = fixtureFetch({[A]: {...assertion, expires: '2025-01-01T00:00:00Z'}, [B]: badge, [I]: issuer});
    expect(check(await verify(A, {fetch, now: NOW}), 'validity')).toBe('fail expired');
  });

  test('issuer profile unreachable → issuer unknown, unverifiable', async() => {
    const report = await verify(A, {fetch: fixtureFetch({[A]: assertion, [B]: badge}), now: NOW});
    expect(check(report, 'issuer')).toBe('unknown network_error');
    expect(report.verdict).toBe('unverifiable');
  });

  test('a tampered local copy does not matter: the hosted assertion is what counts', async() => {
    const fetch = fixtureFetch({[A]: assertion, [B]: badge, [I]: issuer});
    const report = await verify({...assertion, issuedOn: '2026-01-01T00:00:00Z', expires: '2099-01-01T00:00:00Z'}, {fetch, now: NOW});
    expect(report.credential?.issuedOn).toBe('2024-05-01T10:00:00Z');
    expect(report.credential?.validUntil).toBeNull();
  });
});

describe('other platforms', () => {
  test('Credly: the public page maps to its OB2 API', async() => {
    const uuid = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    const api = `https://api.credly.com/v1/obi/v2/badge_assertions/${uuid}`;
    const badgeUrl = 'https://api.credly.com/v1/obi/v2/badge_classes/9b0c';
    const issuerUrl = 'https://api.credly.com/v1/obi/v2/issuers/77aa';
    const fetch = fixtureFetch({
      [api]: {'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: api, badge: badgeUrl, issuedOn: '2024-02-02T00:00:00Z',
        recipient: {type: 'email', hashed: true, identity: 'sha256$00'}, verification: {type: 'HostedBadge'}},
      [badgeUrl]: {type: 'BadgeClass', id: badgeUrl, name: 'Cloud Practitioner', issuer: issuerUrl},
      [issuerUrl]: {type: 'Issuer', id: issuerUrl, name: 'Example Cloud'},
    });
    const report = await verify(`https://www.credly.com/badges/${uuid}/linked_in_profile`, {fetch, now: NOW});
    expect(fetch.calls[0]).toBe(api);
    expect(check(report, 'integrity')).toBe('pass hosted_verified');
    expect(check(report, 'issuer')).toBe('pass hosted_origin_match');
    expect(report.credential?.title).toBe('Cloud Practitioner');
  });

  test('Badgr: a public page → its API, hosted checks pass; the recipient e-mail in the link is never sent', async() => {
    const id = 'XyZ0123456789abcdefGhI';
    const api = `https://api.badgr.io/public/assertions/${id}`;
    const badgeUrl = 'https://api.badgr.io/public/badges/b1';
    const issuerUrl = 'https://api.badgr.io/public/issuers/i1';
    const fetch = fixtureFetch({
      [api]: {'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: api, badge: badgeUrl, issuedOn: '2023-03-03T00:00:00Z',
        recipient: {type: 'email', hashed: true, salt: 's', identity: 'sha256$00'}, verification: {type: 'HostedBadge'}},
      [badgeUrl]: {type: 'BadgeClass', id: badgeUrl, name: 'Intro to Data', issuer: issuerUrl},
      [issuerUrl]: {type: 'Issuer', id: issuerUrl, name: 'Example College'},
    });
    const report = await verify(`https://badgr.com/public/assertions/${id}?identity__email=me%40example.org`, {fetch, now: NOW});
    expect(fetch.calls).toEqual([api, badgeUrl, issuerUrl]);
    expect(check(report, 'issuer')).toBe('pass hosted_origin_match');
  });

  test('Badgr: the EU page maps to api.eu.badgr.io', async() => {
    const api = 'https://api.eu.badgr.io/public/assertions/AbCdEfGhIjKlMnOpQrStUv';
    const fetch = fixtureFetch({[api]: () => new Response('', {status: 404})});
    const report = await verify('https://eu.badgr.com/public/assertions/AbCdEfGhIjKlMnOpQrStUv?identity__email=me@example.org', {fetch, now: NOW});
    expect(fetch.calls).toEqual([api]);
    expect(check(report, 'integrity')).toBe('unknown not_found');
  });

  test.each([
    ['https://www.coursera.org/account/accomplishments/verify/ABCD1234EFGH', 'Coursera'],
    [`https://www.linkedin.com/learning/certificates/${'a'.repeat(64)}`, 'LinkedIn Learning'],
  ])('%s → unverifiable: the platform publishes no verifiable data; no request', async(url, name) => {
    const fetch = fixtureFetch({});
    const report = await verify(url, {fetch, now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'unknown', code: 'platform_not_verifiable'});
    expect(report.checks[0].message).toContain(name);
    expect(report.verdict).toBe('unverifiable');
    expect(fetch.calls).toEqual([]);
  });
});

describe('institution mode: a badge class on its own', () => {
  test('an edubadges badge class page → achievement, not_an_award, one request with the QA fields', async() => {
    const url = 'https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g?expand=issuer&expand=micro';
    const badge = {...fixtureJson('credentials/edubadges/ob2-badgeclass-prod-EqLuTedxSEaQneSmWWlF4g.json'),
      issuer: fixtureJson('credentials/edubadges/ob2-issuer-prod-lQ67BQQQS-eBx5syJGpazg.json'), typeBadgeClass: 'regular'};
    const fetch = fixtureFetch({[url]: badge});
    const report = await verify('https://www.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g', {fetch, now: NOW});
    expect(fetch.calls).toEqual([url]);
    expect(report.format).toBe('achievement');
    expect(report.checks[0]).toMatchObject({status: 'unknown', code: 'not_an_award'});
    expect(report.verdict).toBe('unverifiable');
    expect(report.credential?.title).toBe('Edubadge account complete');
    expect(report.quality.elements).toHaveLength(16);
  });

  test('an Open Badges 3.0 Achievement JSON → achievement', async() => {
    const report = await verify({type: ['Achievement'], id: 'https://example.edu/a/1', name: 'Data Literacy', criteria: {narrative: 'x'}}, {now: NOW});
    expect(report.format).toBe('achievement');
    expect(report.credential?.title).toBe('Data Literacy');
  });

  test('a web page that is not a credential → unsupported, said plainly', async() => {
    const url = 'https://www.example.edu/courses/data';
    const report = await verify(url, {fetch: fixtureFetch({[url]: () => new Response('<html></html>', {headers: {'content-type': 'text/html'}})}), now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'unknown', code: 'unsupported_format'});
    expect(report.checks[0].message).toContain('web page');
  });
});
