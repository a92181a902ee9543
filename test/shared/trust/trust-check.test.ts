import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import type {Report, TrustList} from '../../../shared/types.js';
import {fixtureFetch, fixtureJson, NOW} from '../../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';
import {edubadges, microFixture, trustOutcome} from '../quality/build.js';

const ASSERTION = 'https://api.edubadges.nl/public/assertions/hboMicroAssertion0001A';
const EXPANDED = `${ASSERTION}?expand=badge&expand=badge.issuer`;
const MICRO = 'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro';
const trustOf = (report: Report) => report.checks.find(check => check.id === 'trust')!;

function userList(records: TrustList['records'], extra: Partial<TrustList> = {}): TrustList {
  return {name: 'My institutions', publisher: 'me', version: '1', validUntil: null, records, ...extra};
}

describe('edubadges production vouches for its institutions (edubadges.md §4)', () => {
  test('a credential hosted on edubadges production passes trust, naming the institution from the list, in both languages', async() => {
    for(const lang of ['en', 'nl'] as const) {
      const fetch = fixtureFetch({[EXPANDED]: microFixture('hbo', false), [MICRO]: fixtureJson('quality/edubadges-micro-hbo-badgeclass-micro.json')});
      const report = await verify(ASSERTION, {fetch, now: NOW, lang});
      expect(fetch.calls).toEqual([EXPANDED, MICRO]);
      expect(trustOf(report)).toMatchObject({status: 'pass', code: 'issuer_recognised'});
      expect(trustOf(report).message).toBe(lang === 'en' ?
        'The issuer, Hanzehogeschool Groningen (BRIN 25BE), is an institution on edubadges, which "Dutch education (built in)" recognises as a platform that vouches for its institutions.' :
        'De uitgever, Hanzehogeschool Groningen (BRIN 25BE), is een instelling op edubadges, dat "Dutch education (built in)" erkent als platform dat instaat voor zijn instellingen.');
      expect(trustOf(report).evidence).toMatchObject({list: 'Dutch education (built in)', matchedOn: 'origin',
        via: {platform: 'edubadges', environment: 'production', name: 'Hanzehogeschool Groningen', brin: '25BE'},
        organisation: {matchedOn: 'brin', record: {organisation: {legalName: 'Hanzehogeschool Groningen'}}}});
      expect(report.verdict).toBe('verified');
      expect(report.summary).toContain('Hanzehogeschool Groningen');
    }
  });

  test('the same credential on the demo host is not recognised, and the message says why', async() => {
    const demo = JSON.parse(JSON.stringify(microFixture('hbo', false)).replaceAll('https://api.edubadges.nl', 'https://api-demo.edubadges.nl'));
    const url = ASSERTION.replace('api.edubadges.nl', 'api-demo.edubadges.nl');
    const report = await verify(url, {fetch: fixtureFetch({[`${url}?expand=badge&expand=badge.issuer`]: demo}), now: NOW});
    expect(trustOf(report)).toMatchObject({status: 'warn', code: 'issuer_not_recognised'});
    expect(trustOf(report).message).toContain('demo environment of edubadges, which is never a recognised source');
    expect(report.verdict).toBe('warning');
  });

  test('the production welcome badge names SURF, as the platform names it (no list record for BRIN 0000)', async() => {
    const expanded = fixtureJson('http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json');
    const report = await verify('https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q',
      {fetch: fixtureFetch({'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q?expand=badge&expand=badge.issuer': expanded}), now: NOW});
    expect(trustOf(report)).toMatchObject({status: 'pass', code: 'issuer_recognised', evidence: {via: {name: 'SURF', brin: '0000'}}});
  });

  test('the platform names another institution than the list does for that BRIN → warn issuer_name_differs', async() => {
    const expanded = microFixture('hbo', false);
    const issuer = (expanded.badge as {issuer: Record<string, unknown>}).issuer;
    issuer['extensions:InstitutionNameExtension'] = {InstitutionName: 'Hanze'};
    const outcome = await trustOutcome(edubadges(expanded));
    expect(outcome).toMatchObject({status: 'warn', code: 'issuer_name_differs', params: {name: 'Hanzehogeschool Groningen', claimed: 'Hanze'}});
  });

  test('an edubadges copy not served by the platform (no origin it came from) borrows nothing', async() => {
    expect(await trustOutcome(edubadges(microFixture('hbo'), null))).toMatchObject({status: 'warn', code: 'issuer_not_recognised'});
  });
});

describe('lists: built in, added by the user, expired', () => {
  test('a did:key issuer on no list → issuer_not_recognised; a user-added list makes it pass with the list\'s name', async() => {
    const key = await testKey(41);
    const signed = await key.sign(ob3Credential(key.did));
    const unlisted = await verify(signed, {fetch: fixtureFetch(), now: NOW});
    expect(trustOf(unlisted)).toMatchObject({status: 'warn', code: 'issuer_not_recognised'});
    const listed = await verify(signed, {fetch: fixtureFetch(), now: NOW,
      trust: [userList([{subject: {dids: [key.did]}, organisation: {legalName: 'Test Hogeschool', country: 'NL'}}])]});
    expect(trustOf(listed)).toMatchObject({status: 'pass', code: 'issuer_recognised', message: 'The issuer, Test Hogeschool, is recognised by "My institutions".'});
    expect(listed.verdict).toBe('verified');
  });

  test('the self-asserted name differs from the list\'s → warn, naming both', async() => {
    const key = await testKey(42);
    const signed = await key.sign(ob3Credential(key.did));
    const report = await verify(signed, {fetch: fixtureFetch(), now: NOW, lang: 'nl',
      trust: [userList([{subject: {dids: [key.did]}, organisation: {legalName: 'Stichting Test Hogeschool'}}])]});
    expect(trustOf(report)).toMatchObject({status: 'warn', code: 'issuer_name_differs'});
    expect(trustOf(report).message).toBe('De uitgever is erkend door "My institutions" als Stichting Test Hogeschool, maar het certificaat noemt het Test Hogeschool.');
    expect(report.summary).toBe('Echt, maar het certificaat noemt de uitgever anders dan de lijst van erkende uitgevers.');
  });

  test.each<[string, TrustList]>([
    ['a record past its validUntil', userList([{subject: {dids: ['DID']}, organisation: {legalName: 'Test Hogeschool'}, validUntil: '2026-11-22T00:00:00Z'}])],
    ['a recognition past its validTo', userList([{subject: {dids: ['DID']}, organisation: {legalName: 'Test Hogeschool'}, recognition: {validTo: '2025-01-01'}}])],
    ['a list past its validUntil', userList([{subject: {dids: ['DID']}, organisation: {legalName: 'Test Hogeschool'}}], {validUntil: '2026-01-01'})],
  ])('%s does not count; the message says the entry is no longer valid', async(_name, list) => {
    const key = await testKey(43);
    const signed = await key.sign(ob3Credential(key.did));
    const withDid = JSON.parse(JSON.stringify(list).replaceAll('"DID"', JSON.stringify(key.did))) as TrustList;
    const report = await verify(signed, {fetch: fixtureFetch(), now: NOW, trust: [withDid]});
    expect(trustOf(report)).toMatchObject({status: 'warn', code: 'issuer_not_recognised', evidence: {expired: [{list: 'My institutions'}]}});
    expect(trustOf(report).message).toContain('was on "My institutions", but that entry is no longer valid');
  });

  test('a forged credential never borrows a listed issuer\'s standing', async() => {
    const key = await testKey(44);
    const signed = await key.sign(ob3Credential(key.did));
    const forged = {...signed, name: 'Master of Everything'};
    const report = await verify(forged, {fetch: fixtureFetch(), now: NOW,
      trust: [userList([{subject: {dids: [key.did]}, organisation: {legalName: 'Test Hogeschool'}}])]});
    expect(report.checks.find(check => check.id === 'integrity')!.status).toBe('fail');
    expect(trustOf(report)).toMatchObject({status: 'unknown', code: 'not_checked'});
    expect(report.quality.frameworks.every(framework => framework.rules.every(rule => !/recognised by/.test(rule.message)))).toBe(true);
  });
});

test('a demo host stays unrecognised even when a user list names its origin', async() => {
  const demo = JSON.parse(JSON.stringify(microFixture('hbo')).replaceAll('https://api.edubadges.nl', 'https://api-demo.edubadges.nl'));
  const outcome = await trustOutcome(edubadges(demo, 'demo'), [userList([{subject: {origins: ['https://api-demo.edubadges.nl']}, organisation: {legalName: 'Demo'}}])]);
  expect(outcome).toMatchObject({status: 'warn', code: 'issuer_not_recognised', params: {environment: 'demo', platform: 'edubadges'}});
});
