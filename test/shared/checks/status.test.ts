import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, NOW} from '../../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';

const LIST_URL = 'https://status.example.edu/lists/1';
const REVOCATIONS_URL = 'https://issuer.example.edu/revocations/1';

/** A GZIP-compressed bit list of 16 KiB with the given indices set, base64url (Bitstring Status List §2.1). */
async function encodedList(setBits: number[], multibase: boolean): Promise<string> {
  const bits = new Uint8Array(16 * 1024);
  for(const index of setBits) {
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  const gz = new Uint8Array(await new Response(new Blob([bits]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  return (multibase ? 'u' : '') + Buffer.from(gz).toString('base64url');
}

async function bitstringList(signerSeed: number, purpose: string, setBits: number[], extra: Record<string, unknown> = {}) {
  const key = await testKey(signerSeed);
  return key.sign({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: LIST_URL, type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: key.did, validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {id: `${LIST_URL}#list`, type: 'BitstringStatusList', statusPurpose: purpose,
      encodedList: await encodedList(setBits, true)},
    ...extra,
  });
}

async function credentialWithEntry(entry: Record<string, unknown>, contexts: string[] = []) {
  const key = await testKey(1);
  const credential = ob3Credential(key.did, {credentialStatus: entry});
  (credential['@context'] as string[]).push(...contexts);
  return key.sign(credential);
}

const bitstringEntry = (index: number, purpose = 'revocation') => ({
  id: `${LIST_URL}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: purpose,
  statusListIndex: String(index), statusListCredential: LIST_URL,
});

describe('Bitstring Status List', () => {
  test.each([
    ['revocation', 3, [3], 'fail revoked'],
    ['revocation', 4, [3], 'pass not_revoked'],
    ['suspension', 3, [3], 'fail suspended'],
    ['suspension', 0, [3], 'pass not_revoked'],
  ])('purpose %s, index %i, bits %j set → %s', async(purpose, index, bits, expected) => {
    const credential = await credentialWithEntry(bitstringEntry(index, purpose));
    const fetch = fixtureFetch({[LIST_URL]: await bitstringList(1, purpose, bits)});
    const status = (await verify(credential, {fetch, now: NOW})).checks.find(c => c.id === 'status')!;
    expect(`${status.status} ${status.code}`).toBe(expected);
  });

  test.each([
    ['signed by another key than the issuer', () => bitstringList(2, 'revocation', [])],
    ['for another purpose', () => bitstringList(1, 'suspension', [])],
    ['expired', () => bitstringList(1, 'revocation', [], {validUntil: '2026-01-01T00:00:00Z'})],
    ['not a credential', async() => ({encodedList: 'u'})],
  ])('a list %s → status unknown, status_unreachable, verdict warning', async(_name, makeList) => {
    const credential = await credentialWithEntry(bitstringEntry(3));
    const report = await verify(credential, {fetch: fixtureFetch({[LIST_URL]: await makeList()}), now: NOW});
    expect(report.checks.find(c => c.id === 'status')).toMatchObject({status: 'unknown', code: 'status_unreachable'});
    expect(report.verdict).toBe('warning');
  });

  test('an index outside the list → unknown', async() => {
    const credential = await credentialWithEntry(bitstringEntry(16 * 1024 * 8 + 5));
    const report = await verify(credential, {fetch: fixtureFetch({[LIST_URL]: await bitstringList(1, 'revocation', [])}), now: NOW});
    expect(report.checks.find(c => c.id === 'status')?.code).toBe('status_unreachable');
  });

  test('--offline: the list is not fetched, and status is unknown', async() => {
    const credential = await credentialWithEntry(bitstringEntry(3));
    const fetch = fixtureFetch({});
    const report = await verify(credential, {fetch, now: NOW, offline: true});
    expect(report.checks.find(c => c.id === 'status')?.status).toBe('unknown');
    expect(fetch.calls).toEqual([]);
  });
});

describe('StatusList2021', () => {
  test.each([[7, 'fail revoked'], [8, 'pass not_revoked']])('index %i → %s', async(index, expected) => {
    const key = await testKey(1);
    const list = await key.sign({
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
      id: LIST_URL, type: ['VerifiableCredential', 'StatusList2021Credential'], issuer: key.did, issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: {id: `${LIST_URL}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList: await encodedList([7], false)},
    });
    const credential = await key.sign({
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/vc/status-list/2021/v1'],
      id: 'urn:uuid:1', type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: key.did, issuanceDate: '2025-03-01T00:00:00Z',
      credentialSubject: {type: ['AchievementSubject'], achievement: {id: 'urn:uuid:2', type: ['Achievement'], name: 'X',
        criteria: {narrative: 'y'}, description: 'z'}},
      credentialStatus: {id: `${LIST_URL}#${index}`, type: 'StatusList2021Entry', statusPurpose: 'revocation',
        statusListIndex: String(index), statusListCredential: LIST_URL},
    });
    const status = (await verify(credential, {fetch: fixtureFetch({[LIST_URL]: list}), now: NOW})).checks.find(c => c.id === 'status')!;
    expect(`${status.status} ${status.code}`).toBe(expected);
  });
});

describe('1EdTech Revocation List', () => {
  const entry = {id: REVOCATIONS_URL, type: '1EdTechRevocationList'};
  const contexts = ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'];

  test.each([
    ['lists the credential', (issuer: string) => ({id: REVOCATIONS_URL, issuer,
      revokedCredential: [{id: 'urn:uuid:2f0b43a4-8c2b-4b8e-9d55-3a1f1c8e7d10', revocationReason: 'Fraud'}]}), 'fail revoked'],
    ['does not list it', (issuer: string) => ({id: REVOCATIONS_URL, issuer, revokedCredential: [{id: 'urn:uuid:other'}]}), 'pass not_revoked'],
    ['belongs to another issuer', () => ({id: REVOCATIONS_URL, issuer: 'did:key:z6Mkother', revokedCredential: []}),
      'unknown status_unreachable'],
    ['is not a list', () => ({hello: 'world'}), 'unknown status_unreachable'],
  ])('a list that %s → %s', async(_name, makeList, expected) => {
    const credential = await credentialWithEntry(entry, contexts);
    const key = await testKey(1);
    const report = await verify(credential, {fetch: fixtureFetch({[REVOCATIONS_URL]: makeList(key.did)}), now: NOW});
    const status = report.checks.find(c => c.id === 'status')!;
    expect(`${status.status} ${status.code}`).toBe(expected);
    if(expected.startsWith('fail')) {
      expect(status.message).toContain('Fraud');
    }
  });
});

test('an unknown status method is unknown, never a pass', async() => {
  const credential = await credentialWithEntry({id: 'https://x.example/s/1', type: 'https://example.org/MyStatus'});
  const report = await verify(credential, {fetch: fixtureFetch({}), now: NOW});
  expect(report.checks.find(c => c.id === 'status')).toMatchObject({status: 'unknown', code: 'status_unreachable'});
});
