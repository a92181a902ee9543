import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {verify} from '../../shared/index.js';
import {fixtureJson, NOW} from '../helpers/fixture-fetch.js';
import {spyFetch} from './spy-fetch.js';

// Fixed seed in CI; FC_SEED and FC_RUNS run it longer or differently on demand.
const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const settings = {seed: SEED, numRuns: RUNS, endOnFailure: true};

/** Every answer: a report with seven checks, never `verified`, no request to a private address. */
async function expectSafe(input: unknown, fetch = spyFetch()) {
  const report = await verify(input as string, {fetch: fetch.fetch, now: NOW, timeoutMs: 200});
  expect(report.checks).toHaveLength(7);
  expect(report.verdict).not.toBe('verified');
  expect(fetch.privateCalls()).toEqual([]);
  return report;
}

const PRIVATE_HOSTS = ['127.0.0.1', 'localhost', '169.254.169.254', '10.0.0.1', '192.168.1.1', '[::1]', '[fd00::1]', 'intranet',
  '0x7f.1', '2130706433', 'printer.local', '[::ffff:127.0.0.1]', '172.16.5.4'];
const hostileUrl = fc.tuple(fc.constantFrom('https', 'http'), fc.constantFrom(...PRIVATE_HOSTS), fc.webPath())
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);

describe('hostile input (property-based)', () => {
  test('random JSON values as parsed input', async() => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({maxDepth: 8}), async value => { await expectSafe(value); }), settings);
  });

  test('random JSON text', async() => {
    await fc.assert(fc.asyncProperty(fc.json({maxDepth: 8}), async text => { await expectSafe(text); }), settings);
  });

  test('random strings, including ones that look like tokens and URLs', async() => {
    const tokenish = fc.array(fc.base64String(), {minLength: 3, maxLength: 3}).map(parts => parts.join('.').replace(/[+/=]/g, 'A'));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.string({unit: 'binary'}), tokenish, fc.webUrl(), hostileUrl),
      async text => { await expectSafe(text); }), settings);
  });

  test('random bytes, and bytes behind a PNG signature', async() => {
    const pngish = fc.uint8Array({maxLength: 4096}).map(bytes => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes]));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({maxLength: 4096}), pngish), async bytes => { await expectSafe(bytes); }), settings);
  });

  test('a valid credential with random values put anywhere', async() => {
    const original = fixtureJson('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json');
    const paths = fc.constantFrom('issuer', 'validFrom', 'proof.proofValue', 'proof.verificationMethod', 'proof.cryptosuite',
      'credentialStatus.statusListCredential', 'credentialStatus.statusListIndex', 'credentialSubject.achievement', '@context', 'type', 'proof');
    await fc.assert(fc.asyncProperty(paths, fc.jsonValue({maxDepth: 4}), async(path, value) => {
      const copy = structuredClone(original) as Record<string, Record<string, unknown>>;
      const [head, tail] = path.split('.');
      if(tail) {
        copy[head] = {...copy[head], [tail]: value};
      } else {
        (copy as Record<string, unknown>)[head] = value;
      }
      await expectSafe(copy);
    }), settings);
  });

  test('keys, DID documents and status lists on private addresses are never fetched', async() => {
    const original = fixtureJson('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json');
    await fc.assert(fc.asyncProperty(hostileUrl, fc.constantFrom('vm', 'did:web', 'status', 'hosted', 'kid'), async(url, where) => {
      const host = new URL(url).host;
      const input: unknown = where === 'vm' ? {...original, proof: {...(original.proof as object), verificationMethod: `${url}#key-1`}} :
        where === 'did:web' ? {...original, proof: {...(original.proof as object), verificationMethod: `did:web:${encodeURIComponent(host)}#key-1`}} :
        where === 'status' ? {...original, credentialStatus: {...(original.credentialStatus as object), statusListCredential: url}} :
        where === 'hosted' ? {'@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: url, badge: url, issuedOn: '2024-01-01',
          recipient: {identity: 'x'}} : url;
      await expectSafe(input);
    }), settings);
  });

  test('redirects to private addresses are never followed', async() => {
    await fc.assert(fc.asyncProperty(hostileUrl, async target => {
      const fetch = spyFetch(url => url.startsWith('https://badges.example.org/') ?
        new Response(null, {status: 302, headers: {location: target}}) : Promise.reject(new TypeError('unexpected')));
      await expectSafe('https://badges.example.org/assertions/1', fetch);
      expect(fetch.calls).toEqual(['https://badges.example.org/assertions/1']);
    }), settings);
  });

  test('deep nesting, huge arrays and huge strings get an answer, bounded', async() => {
    await fc.assert(fc.asyncProperty(fc.integer({min: 60, max: 20_000}), fc.constantFrom('[', '{"a":'), async(depth, open) => {
      const close = open === '[' ? ']' : '}';
      const report = await expectSafe(open.repeat(depth) + (open === '[' ? '' : '1') + close.repeat(depth));
      expect(report.checks[0].status).toBe('fail');
    }), {...settings, numRuns: Math.min(RUNS, 30)});
    await expectSafe({'@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: 'did:key:x',
      credentialSubject: {list: Array.from({length: 200_000}, (_, i) => i), text: 'x'.repeat(3_000_000)}});
  }, 60_000);
});
