import {cpSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {browserRuns, CREDENTIALS, launchChromium, openPage, startSite, type Site} from './harness.js';
import {connectAndTime} from './in-page.js';

const KB = 1024;
/** Contract §5 (gzip -9, 1 KB = 1024 B). */
const ENTRY_BUDGET = 12 * KB;
const LAZY_BUDGET = 90 * KB;
const VIEW_BUDGET = 8 * KB;

const gzip = (file: string) => gzipSync(readFileSync(file), {level: 9}).length;

describe.runIf(browserRuns)('widget build: budgets, chunk loading, timings', {timeout: 90_000}, () => {
  let site: Site;
  let browser: Browser;
  let entry: string;

  beforeAll(async() => {
    [site, browser] = await Promise.all([startSite(), launchChromium()]);
    entry = readFileSync(join(site.dir, 'widget', 'microcredential-verify.js'), 'utf8');
  }, 120_000);

  afterAll(async() => {
    await browser?.close();
    await site?.close();
  });

  test(`the entry is ≤ ${ENTRY_BUDGET / KB} KB gzip and imports no other chunk statically`, () => {
    const size = gzip(join(site.dir, 'widget', 'microcredential-verify.js'));
    console.info(`entry: ${entry.length} B raw, ${size} B gzip -9`);
    expect(size).toBeLessThanOrEqual(ENTRY_BUDGET);
    // Minified ES module: a static import reads `import{…}from"…"` or `import"…"`; dynamic ones `import("…")`.
    expect(entry.match(/\bimport\s*(?:[{*\w][^;]*?from\s*)?["'][^"']+["']/g) ?? []).toEqual([]);
    expect(entry.match(/\bimport\(\s*["']\.\/chunks\/[\w.-]+\.js["']\s*\)/g)?.length).toBeGreaterThanOrEqual(2);
  });

  test(`the view chunk (the widget's own lazy code) is ≤ ${VIEW_BUDGET / KB} KB gzip`, () => {
    const view = readdirSync(join(site.dir, 'widget', 'chunks')).find(name => name.startsWith('view-'))!;
    expect(gzip(join(site.dir, 'widget', 'chunks', view))).toBeLessThanOrEqual(VIEW_BUDGET);
  });

  const loaded: Record<string, string[]> = {};

  test.each([
    ['dcc-ob3-vc2-eddsa-didkey-validstatus.json', 'eddsa-rdfc-2022'],
    ['w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json', 'ecdsa-rdfc-2019'],
  ])(`everything loaded lazily to verify %s (%s) ≤ ${LAZY_BUDGET / KB} KB gzip`, async file => {
    const {page, context, network} = await openPage(browser, site);
    const cold = await connectAndTime(page, `${CREDENTIALS}${file}`);
    const chunks = loaded[file] = [...new Set(network.requests.filter(url => url.includes('/widget/chunks/')).map(url => new URL(url).pathname))];
    const sizes = chunks.map(path => ({path, gzip: gzip(join(site.dir, path))}));
    const total = sizes.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const warm = await connectAndTime(page, `${CREDENTIALS}${file}`);
    console.info(`${file}: ${chunks.length} lazy chunks, ${total} B gzip -9 (${(total / KB).toFixed(1)} KB); ` +
      `connection → final state: cold ${cold.ms.toFixed(0)} ms, warm ${warm.ms.toFixed(0)} ms`, sizes);
    expect(cold.state).not.toBe('pending');
    expect(total).toBeLessThanOrEqual(LAZY_BUDGET);
    await context.close();
  });

  test('each credential loads only its own suite: the eddsa one never downloads the ECDSA suite chunk', () => {
    const [eddsa, ecdsa] = [loaded['dcc-ob3-vc2-eddsa-didkey-validstatus.json'], loaded['w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json']];
    expect(ecdsa.filter(path => !eddsa.includes(path)).length).toBeGreaterThan(0);
    expect(eddsa.filter(path => !ecdsa.includes(path)).length).toBeGreaterThan(0);
  });

  test('served from another path, the entry loads its chunks relative to its own URL', async() => {
    cpSync(join(site.dir, 'widget'), join(site.dir, 'assets', 'v1', 'mcv'), {recursive: true});
    writeFileSync(join(site.dir, 'nested.html'), readFileSync(join(site.dir, 'index.html'), 'utf8')
      .replace('/widget/microcredential-verify.js', '/assets/v1/mcv/microcredential-verify.js'));
    const {page, context, network} = await openPage(browser, site, '/nested.html');
    const timing = await connectAndTime(page, `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-tampered.json`);
    expect(timing.state).toBe('invalid');
    expect(network.requests.some(url => url.includes('/assets/v1/mcv/chunks/core-'))).toBe(true);
    expect(network.requests.some(url => url.includes('/widget/'))).toBe(false);
    await context.close();
  });
});
