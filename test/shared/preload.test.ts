import {describe, expect, test} from 'vitest';
import {preload, verify} from '../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW} from '../helpers/fixture-fetch.js';

describe('preload(): every part the verifier imports on first use, ahead of need (Node hosts)', () => {
  test('resolves (every loader names a module that exists), and verification afterwards is unchanged', async() => {
    await expect(preload()).resolves.toBeUndefined();
    const credential = fixtureJson('credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json');
    const report = await verify(credential, {fetch: fixtureFetch({}), now: NOW});
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find(check => check.id === 'integrity')?.status).toBe('fail');
  });
});
