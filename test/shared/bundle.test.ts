import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {afterAll, expect, test} from 'vitest';
import {NOW} from '../helpers/fixture-fetch.js';

const out = mkdtempSync(join(tmpdir(), 'core-bundle-'));
afterAll(() => rmSync(out, {recursive: true, force: true}));

// Contract §4: shared/index.ts and everything it imports bundle with plain esbuild for Node
// (JSON imports only; no CSS, assets or bundler-specific imports).
test('the core bundles with plain esbuild for Node and verifies from the bundle', async() => {
  const result = await build({
    entryPoints: [new URL('../../shared/index.ts', import.meta.url).pathname],
    bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'core.mjs'), logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const core = await import(pathToFileURL(join(out, 'core.mjs')).href);
  const credential = readFileSync(new URL('../fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-valid.json', import.meta.url), 'utf8');
  const report = await core.verify(credential, {now: NOW});
  expect(report.verdict).toBe('warning');
  expect(report.checks[1]).toMatchObject({id: 'integrity', status: 'pass'});
}, 60_000);
