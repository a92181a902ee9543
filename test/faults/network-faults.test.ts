import {describe, expect, test} from 'vitest';
import {verify} from '../../shared/index.js';
import {DCC_STATUS_LIST_URL, NOW, readFixture} from '../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../helpers/issue.js';

type Fault = [name: string, respond: () => Response | Promise<Response>];

/** A server misbehaving in the ways real ones do. */
const FAULTS: Fault[] = [
  ['answers 500', () => new Response('Internal Server Error', {status: 500})],
  ['answers 503', () => new Response('', {status: 503})],
  ['never answers', () => new Promise<Response>(() => {})],
  ['starts a body and never finishes it', () => new Response(new ReadableStream({start(controller) { controller.enqueue(new Uint8Array([123])); }}))],
  ['answers garbage', () => new Response('<html>oops</html>')],
  ['answers a body over the size cap', () => new Response(new Uint8Array(3 * 1024 * 1024).fill(32))],
  ['answers a different document', () => new Response(JSON.stringify({'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion',
    id: 'https://badges.example.org/assertions/2', badge: 'https://badges.example.org/badges/1', issuedOn: '2024-01-01T00:00:00Z',
    recipient: {type: 'email', hashed: false, identity: 'x@example.org'}, verification: {type: 'hosted'}}))],
  ['fails to connect', () => Promise.reject(new TypeError('fetch failed'))],
];

function faulty(url: string, respond: Fault[1], others: Record<string, string> = {}): typeof fetch {
  return (async(input: RequestInfo | URL, init?: RequestInit) => {
    const target = String(input);
    if(target === url) {
      // Honour the abort signal the way fetch does, so a hung server ends at the time limit.
      return Promise.race([respond(), new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))]);
    }
    if(target in others) {
      return new Response(others[target]);
    }
    throw new TypeError(`fixture fetch: unknown URL ${target}`);
  }) as typeof fetch;
}

const options = {now: NOW, timeoutMs: 300};

describe.each(FAULTS)('a server that %s', (_name, respond) => {
  test('status list → status unknown (status_unreachable), verdict warning, a message that says so', async() => {
    const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'), {...options, fetch: faulty(DCC_STATUS_LIST_URL, respond)});
    const status = report.checks[3];
    expect(status).toMatchObject({status: 'unknown', code: 'status_unreachable'});
    expect(status.message).toMatch(/could not check whether it was revoked: .+/);
    expect(report.verdict).toBe('warning');
  });

  test('DID document (did:web) → integrity unknown, verdict unverifiable', async() => {
    const did = 'did:web:issuer.example.edu';
    const key = await testKey(31, did);
    const report = await verify(await key.sign(ob3Credential(did)), {...options, fetch: faulty('https://issuer.example.edu/.well-known/did.json', respond)});
    expect(report.checks[1].status).toBe('unknown');
    expect(['network_error', 'timeout', 'key_not_found']).toContain(report.checks[1].code);
    expect(report.verdict).toBe('unverifiable');
  });

  test('hosted assertion → unverifiable, never verified', async() => {
    const url = 'https://badges.example.org/assertions/1';
    const report = await verify(url, {...options, fetch: faulty(url, respond)});
    expect(report.verdict).not.toBe('verified');
    expect(report.verdict).not.toBe('warning');
    expect(report.checks[0].message.length + report.checks[1].message.length).toBeGreaterThan(20);
  });
});

test('a status list answered by another (valid) credential is not a status list', async() => {
  const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'),
    {...options, fetch: faulty(DCC_STATUS_LIST_URL, () => new Response(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json')))});
  expect(report.checks[3]).toMatchObject({status: 'unknown', code: 'status_unreachable'});
});

test('a timeout is reported as a timeout', async() => {
  const report = await verify(readFixture('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'),
    {...options, fetch: faulty(DCC_STATUS_LIST_URL, () => new Promise<Response>(() => {}))});
  expect(report.checks[3].evidence).toMatchObject({entries: [expect.objectContaining({networkCode: 'timeout'})]});
});
