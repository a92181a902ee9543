import {describe, expect, test} from 'vitest';
import {verify} from '../../shared/index.js';
import {fixtureFetch, NOW, readFixture} from '../helpers/fixture-fetch.js';

const valid = () => JSON.parse(readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json'));

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** Hostile or broken input gets a clear answer, never a crash and never "verified". */
describe('bad input', () => {
  // Inputs are built lazily: a 50 MB buffer or a 5,000-deep object in the table itself
  // would be formatted by the test runner.
  test.each<[string, () => unknown, string, string]>([
    ['an empty file', () => new Uint8Array(0), 'fail', 'malformed'],
    ['whitespace', () => '   \n', 'fail', 'malformed'],
    ['text that is not JSON', () => 'hello, recruiter', 'fail', 'malformed'],
    ['binary that is not text', () => new Uint8Array([0xff, 0xfe, 0x00, 0x81]), 'fail', 'malformed'],
    ['JSON that is not a credential', () => '{"name": "my cat"}', 'fail', 'malformed'],
    ['a JSON number', () => '42', 'fail', 'malformed'],
    ['null', () => 'null', 'fail', 'malformed'],
    ['a 50 MB file', () => new Uint8Array(50 * 1024 * 1024).fill(0x20), 'fail', 'too_large'],
    ['10,000-deep nesting', () => nested(10_000), 'fail', 'malformed'],
    ['5,000-deep nesting as a parsed object', () => JSON.parse(nested(5_000)), 'fail', 'malformed'],
    ['a typed JSON document we do not read', () => '{"type": "SomethingElse"}', 'unknown', 'unsupported_format'],
  ])('%s → format %s %s', async(_name, makeInput, status, code) => {
    const report = await verify(makeInput() as string, {fetch: fixtureFetch(), now: NOW});
    expect(report.checks[0]).toMatchObject({id: 'format', status, code});
    expect(report.checks).toHaveLength(7);
    expect(['invalid', 'unverifiable']).toContain(report.verdict);
    expect(report.credential).toBeNull();
    expect(report.quality.elements).toHaveLength(16);
  });

  test('an unknown proof type → integrity unknown, unsupported_format, unverifiable', async() => {
    const credential = valid();
    credential.proof.type = 'BbsBlsSignature2020';
    const report = await verify(credential, {now: NOW});
    expect(report.checks[1]).toMatchObject({id: 'integrity', status: 'unknown', code: 'unsupported_format'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('no proof at all → integrity unknown, no_proof', async() => {
    const credential = valid();
    delete credential.proof;
    const report = await verify(credential, {now: NOW});
    expect(report.checks[1]).toMatchObject({status: 'unknown', code: 'no_proof'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('a context URL that is not bundled is refused, reported, and never fetched', async() => {
    const credential = valid();
    credential['@context'].push('https://evil.example/context.jsonld');
    const fetch = fixtureFetch();
    const report = await verify(credential, {fetch, now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'unknown', code: 'context_not_allowed'});
    expect(report.checks[0].evidence.refusedContexts).toEqual(['https://evil.example/context.jsonld']);
    expect(report.checks[0].message).toContain('https://evil.example/context.jsonld');
    expect(report.verdict).toBe('unverifiable');
    expect(fetch.calls).toEqual([]);
  });

  test('a context that is also the key URL is still never fetched', async() => {
    const credential = valid();
    credential['@context'].push('https://evil.example/key');
    credential.proof.verificationMethod = 'https://evil.example/key';
    const fetch = fixtureFetch();
    await verify(credential, {fetch, now: NOW});
    expect(fetch.calls).toEqual([]);
  });

  test.each([
    ['"issuer" missing', (c: Record<string, unknown>) => delete c.issuer],
    ['"credentialSubject" missing', (c: Record<string, unknown>) => delete c.credentialSubject],
    ['"VerifiableCredential" type missing', (c: Record<string, unknown>) => (c.type = ['OpenBadgeCredential'])],
    ['"validFrom" not a date', (c: Record<string, unknown>) => (c.validFrom = 'yesterday')],
    ['an undefined term (safe mode)', (c: Record<string, unknown>) => (c.favouriteColour = 'blue')],
  ])('%s → format fail, malformed, invalid', async(_name, mutate) => {
    const credential = valid();
    mutate(credential);
    const report = await verify(credential, {now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'fail', code: 'malformed'});
    expect(report.verdict).toBe('invalid');
  });

  test('a URL that does not answer → unverifiable with the network reason', async() => {
    const report = await verify('https://badges.example.org/assertions/1', {fetch: fixtureFetch(), now: NOW});
    expect(report.input).toBe('https://badges.example.org/assertions/1');
    expect(report.checks[0]).toMatchObject({status: 'unknown', code: 'network_error'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('a URL on the private network is refused before any request', async() => {
    const fetch = fixtureFetch();
    const report = await verify('https://169.254.169.254/latest/meta-data', {fetch, now: NOW});
    expect(report.checks[0].code).toBe('private_network_blocked');
    expect(fetch.calls).toEqual([]);
  });

  test('a credential URL that 404s → not_found: private or removed', async() => {
    const url = 'https://badges.example.org/assertions/gone';
    const report = await verify(url, {fetch: fixtureFetch({[url]: () => new Response('no', {status: 404})}), now: NOW});
    expect(report.checks[1]).toMatchObject({id: 'integrity', status: 'unknown', code: 'not_found'});
    expect(report.verdict).toBe('unverifiable');
  });

  test('a credential served from a URL is verified like a file', async() => {
    const url = 'https://badges.example.org/credentials/1.json';
    const report = await verify(url, {fetch: fixtureFetch({[url]: valid()}), now: NOW});
    expect(report.verdict).toBe('warning');
  });

  test('programmer errors are TypeErrors', async() => {
    await expect(verify('{}', {fetch: 'no' as unknown as typeof fetch})).rejects.toThrow(TypeError);
    await expect(verify('{}', {now: new Date('nonsense')})).rejects.toThrow(TypeError);
  });
});

