import {describe, expect, test} from 'vitest';
import {verify} from '../../shared/index.js';
import type {CheckId, CheckStatus, TrustList, Verdict} from '../../shared/index.js';
import {DCC_STATUS_LIST_URL, dccRoutes, fixtureFetch, NOW, readFixture} from '../helpers/fixture-fetch.js';

type Expect = Partial<Record<CheckId, CheckStatus | `${CheckStatus} ${string}`>>;

/**
 * Real credentials from peer projects (test/fixtures/credentials, each with its source note),
 * and what the verdict policy of contract §3 makes of them, with the clock at 2026-11-23.
 */
const CASES: [file: string, verdict: Verdict, format: string, checks: Expect][] = [
  ['dcc-ob3-vc2-ed25519-didkey-valid', 'warning', 'ob3-data-integrity',
    {format: 'pass', integrity: 'pass signature_valid', issuer: 'pass', status: 'skipped no_status_method', validity: 'pass',
      trust: 'warn issuer_not_recognised', recipient: 'skipped not_requested'}],
  ['dcc-ob3-vc1-ed25519-didkey-valid', 'warning', 'ob3-data-integrity',
    {integrity: 'pass', issuer: 'pass', validity: 'pass', trust: 'warn issuer_not_recognised'}],
  ['dcc-ob3-vc2-dataintegrity-didkey-obspec-valid', 'warning', 'ob3-data-integrity',
    {integrity: 'pass', issuer: 'pass', validity: 'pass', trust: 'warn issuer_not_recognised'}],
  ['dcc-ob3-vc2-eddsa-didkey-validstatus', 'warning', 'ob3-data-integrity',
    {integrity: 'pass', issuer: 'pass', status: 'pass not_revoked', trust: 'warn issuer_not_recognised'}],
  ['dcc-ob3-vc2-ed25519-didkey-tampered', 'invalid', 'ob3-data-integrity',
    {integrity: 'fail invalid_signature', issuer: 'unknown', status: 'skipped'}],
  ['dcc-ob3-vc2-ed25519-didkey-expired', 'invalid', 'ob3-data-integrity', {integrity: 'pass', validity: 'fail expired'}],
  ['dcc-ob3-vc2-dataintegrity-didkey-notyetvalid', 'invalid', 'ob3-data-integrity', {integrity: 'pass', validity: 'fail not_yet_valid'}],
  ['dcc-ob3-vc2-ed25519-didkey-revoked', 'invalid', 'ob3-data-integrity', {integrity: 'pass', status: 'fail revoked'}],
  ['dcc-ob3-vc2-safemode-breaker', 'invalid', 'ob3-data-integrity', {format: 'fail malformed', integrity: 'unknown'}],
  ['w3c-vcdi-eddsa-rdfc-2022-signed', 'invalid', 'vc-data-integrity', {integrity: 'pass', issuer: 'fail issuer_key_mismatch'}],
  ['w3c-vcdi-eddsa-jcs-2022-signed', 'invalid', 'vc-data-integrity', {integrity: 'pass', issuer: 'fail issuer_key_mismatch'}],
  ['w3c-vcdi-ecdsa-rdfc-2019-p256-signed', 'invalid', 'vc-data-integrity', {integrity: 'pass', issuer: 'fail issuer_key_mismatch'}],
  ['1edtech-ob30-simple-did-key', 'invalid', 'ob3-data-integrity', {integrity: 'pass', issuer: 'fail issuer_key_mismatch'}],
  // The key sits behind an https URL whose fragment *looks* like a key: never taken from there.
  ['1edtech-ob30-simple-https-vm', 'unverifiable', 'ob3-data-integrity', {integrity: 'unknown network_error', issuer: 'unknown'}],
  ['1edtech-ob30-expired', 'invalid', 'ob3-data-integrity', {integrity: 'unknown', validity: 'fail expired'}],
];

describe('verify() on real fixtures', () => {
  test.each(CASES)('%s → %s', async(file, verdict, format, checks) => {
    const report = await verify(readFixture(`credentials/${file}.json`), {fetch: fixtureFetch(dccRoutes()), now: NOW});
    expect(report.checks.map(check => check.id)).toEqual(['format', 'integrity', 'issuer', 'status', 'validity', 'trust', 'recipient']);
    for(const [id, expected] of Object.entries(checks)) {
      const check = report.checks.find(c => c.id === id)!;
      const [status, code] = expected.split(' ');
      expect(`${id}: ${check.status}${code ? ` ${check.code}` : ''}`).toBe(`${id}: ${status}${code ? ` ${code}` : ''}`);
    }
    expect(report.verdict).toBe(verdict);
    expect(report.format).toBe(format);
    expect(report.summary.length).toBeGreaterThan(10);
  });
});

describe('status lists', () => {
  test('the revoked credential with its list unreachable is a warning, status_unreachable, never a pass', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-revoked.json'), {fetch: fixtureFetch(), now: NOW});
    expect(report.checks.find(c => c.id === 'status')).toMatchObject({status: 'unknown', code: 'status_unreachable'});
    expect(report.verdict).toBe('warning');
  });

  test('a tampered credential makes no request at all (not even for its status list)', async() => {
    const credential = JSON.parse(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'));
    credential.credentialSubject.achievement.name = 'Something else';
    const fetch = fixtureFetch(dccRoutes());
    const report = await verify(credential, {fetch, now: NOW});
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find(c => c.id === 'status')?.status).toBe('skipped');
    expect(fetch.calls).toEqual([]);
  });

  test('a tampered status list makes the status unknown, not a pass', async() => {
    const list = JSON.parse(readFixture('credentials/dcc-statuslist-e5WK8CbZ1GjycuPombrj.json'));
    list.credentialSubject.encodedList = 'uH4sIAAAAAAAAA-3BMQEAAAAAwqD1T20ND6AAAAAAAAAAAAAAAPgbmfsUMwAAA';
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'),
      {fetch: fixtureFetch({[DCC_STATUS_LIST_URL]: list}), now: NOW});
    expect(report.checks.find(c => c.id === 'status')).toMatchObject({status: 'unknown', code: 'status_unreachable'});
    expect(report.verdict).toBe('warning');
  });
});

describe('trust lists', () => {
  const list = (validUntil: string | null): TrustList => ({
    name: 'Test list', publisher: 'tests', version: '1', validUntil,
    records: [{subject: {dids: ['did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q']}, organisation: {legalName: 'Example Corp'}}],
  });

  test('a list naming the issuer makes a valid credential verified, and says which list and record', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'),
      {fetch: fixtureFetch(dccRoutes()), now: NOW, trust: [list(null)]});
    const trust = report.checks.find(c => c.id === 'trust')!;
    expect(trust).toMatchObject({status: 'pass', code: 'issuer_recognised'});
    expect(trust.evidence).toMatchObject({list: 'Test list', record: {organisation: {legalName: 'Example Corp'}}});
    expect(report.verdict).toBe('verified');
  });

  test('a credential naming its issuer differently from the list → a warning that says so', async() => {
    const renamed = list(null);
    renamed.records[0].organisation = {legalName: 'DCC Test Issuer B.V.'};
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'),
      {fetch: fixtureFetch(dccRoutes()), now: NOW, trust: [renamed]});
    expect(report.checks.find(c => c.id === 'trust')).toMatchObject({status: 'warn', code: 'issuer_name_differs'});
    expect(report.verdict).toBe('warning');
  });

  test('a list past its validUntil does not count', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json'), {now: NOW, trust: [list('2026-01-01')]});
    expect(report.checks.find(c => c.id === 'trust')?.code).toBe('issuer_not_recognised');
  });

  test('a forged credential naming a listed issuer does not borrow its standing', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json'), {now: NOW, trust: [list(null)]});
    expect(report.checks.find(c => c.id === 'trust')?.status).not.toBe('pass');
    expect(report.verdict).toBe('invalid');
  });
});

describe('language', () => {
  test('--lang nl gives Dutch messages and summary', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-expired.json'), {now: NOW, lang: 'nl'});
    expect(report.summary).toBe('Dit certificaat is verlopen.');
    expect(report.checks.find(c => c.id === 'validity')?.message).toMatch(/^Het is verlopen op/);
  });
});
