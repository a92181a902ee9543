import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import type {Server} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {build} from 'vite';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {RESPONSES, DEMO_TRUST_LIST, SAMPLES} from '../../demo/samples.js';
import {serveStatic} from '../../scripts/serve-static.mjs';
import {verify} from '../../shared/index.js';
import {NOW} from '../helpers/fixture-fetch.js';
import {browserRuns, launchChromium} from '../widget/harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = new URL('../fixtures/credentials/', import.meta.url);
// Samples whose verdict is the point of showing them; the others get the core's own verdict.
const MUST: Record<string, string> = {valid: 'verified', revoked: 'invalid', expired: 'invalid', tampered: 'invalid', course: 'unverifiable'};

/** What the core says in Node for a sample, with the demo's bundled responses, trust list and the tests' clock. */
async function expected(input: unknown): Promise<string> {
  const fetch = (async(url: string) => {
    if(!(url in RESPONSES)) {
      throw new TypeError(`not bundled: ${url}`);
    }
    return new Response(JSON.stringify(RESPONSES[url]));
  }) as unknown as typeof globalThis.fetch;
  return (await verify(input as object, {fetch, now: NOW, trust: [DEMO_TRUST_LIST]})).verdict;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async() => {
    const axe = (window as unknown as {axe: {run: (context: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document);
    return result.violations.map(violation => `${violation.id}: ${JSON.stringify(violation.nodes.map(node => node.target))}`);
  });
}

const settled = (page: Page) => page.waitForFunction(() => {
  const elements = [...document.querySelectorAll('microcredential-verify')];
  return elements.length > 0 && elements.every(element => ['verified', 'warning', 'invalid', 'unverifiable'].includes(element.getAttribute('state') ?? ''));
}, null, {timeout: 60_000});

describe.runIf(browserRuns)('the demo site of npm start, in headless Chromium', {timeout: 90_000}, () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let url: string;
  let outDir: string;
  const offsite: string[] = [];
  const errors: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => {
      if(message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    await page.goto(new URL(path, url).href);
    return page;
  }

  beforeAll(async() => {
    outDir = mkdtempSync(join(tmpdir(), 'demo-build-'));
    await build({configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)), logLevel: 'warn', build: {outDir}});
    [{server, url}, browser] = await Promise.all([serveStatic(outDir, {port: 0}), launchChromium()]);
    context = await browser.newContext({locale: 'en-GB'});
    // The institution page's samples need nothing from outside (their documents are bundled); badge
    // images would come from the issuer's site, as on a real page. Any other outside request from it
    // is a defect. (The learner preview fetches what a credential names: here that is refused too.)
    await context.route(target => !target.href.startsWith(url), route => {
      const from = route.request().frame().url();
      if(route.request().resourceType() !== 'image' && !from.includes('/preview.html')) {
        offsite.push(route.request().url());
      }
      return route.abort();
    });
  }, 180_000);

  afterAll(async() => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise(resolve => server ? server.close(resolve) : resolve(undefined));
    rmSync(outDir, {recursive: true, force: true});
  });

  test('institution page: every sample, as badge and as card, reaches its verdict', async() => {
    const page = await open('./index.html?lang=en');
    await settled(page);
    for(const sample of SAMPLES) {
      const verdict = await expected(sample.src ?? sample.inline);
      if(MUST[sample.id]) {
        expect(`${sample.id}: ${verdict}`).toBe(`${sample.id}: ${MUST[sample.id]}`);
      }
      const states = await page.$$eval(`microcredential-verify[data-sample="${sample.id}"]`, elements => elements.map(element => element.getAttribute('state')));
      expect(states.length).toBeGreaterThanOrEqual(2);
      expect(states.every(state => state === verdict), `${sample.id}: ${states.join(', ')} vs ${verdict}`).toBe(true);
    }
    // One badge carries the other language on the element itself.
    expect(await page.locator('microcredential-verify[lang="nl"]').locator('button.badge .verdict-word').textContent()).toBe('Geverifieerd');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the language switch turns the page and every element Dutch, verdicts unchanged', async() => {
    const page = await open('./index.html?lang=en');
    await settled(page);
    const before = await page.$$eval('microcredential-verify', elements => elements.map(element => element.getAttribute('state')));
    await page.getByLabel('Nederlands').check();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await expect.poll(() => page.locator('figure microcredential-verify[data-sample="tampered"]').locator('.verdict-word').textContent()).toBe('Ongeldig');
    await settled(page);
    expect(await page.$$eval('microcredential-verify', elements => elements.map(element => element.getAttribute('state')))).toEqual(before);
    expect(await page.locator('h1').textContent()).toBe('Voorbeeldinstelling: opleidings- en alumnipagina');
    await page.close();
  });

  test('learner preview: a pasted credential shows badge, card, what is missing with fixes, and an inline embed snippet', async() => {
    const page = await open('./preview.html?lang=en');
    await page.locator('#paste').fill(readFileSync(new URL('dcc-ob3-vc2-ed25519-didkey-tampered.json', FIXTURES), 'utf8'));
    await page.getByRole('button', {name: 'Check'}).click();
    await expect.poll(() => page.locator('[data-preview="card"]').getAttribute('state'), {timeout: 30_000}).toBe('invalid');
    expect(await page.locator('[data-preview="badge"]').getAttribute('state')).toBe('invalid');
    const missing = page.locator('[data-missing] .scorecard-host');
    await expect.poll(() => missing.locator('[data-element="EU-M7"] .hint').textContent()).toMatch(/study load/i);
    expect(await page.locator('[data-snippet]').inputValue()).toMatch(/^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\/microcredential-verify\.js"><\/script>\n<microcredential-verify>\n {2}<script type="application\/ld\+json">\{/);
    expect(await page.locator('[data-linkedin]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('learner preview: a dropped badge image is read in the browser and checked like any credential', async() => {
    const page = await open('./preview.html?lang=nl');
    const png = new URL('1edtech-ob30-baked-png.png', FIXTURES);
    await page.locator('#file').setInputFiles(fileURLToPath(png));
    const verdict = (await verify(new Uint8Array(readFileSync(png)), {now: NOW, fetch: (() => Promise.reject(new TypeError('offline'))) as typeof fetch})).verdict;
    await expect.poll(() => page.locator('[data-preview="card"]').getAttribute('state'), {timeout: 30_000}).toBe(verdict);
    expect(await page.locator('main').textContent()).toContain('Gelezen van je computer: 1edtech-ob30-baked-png.png');
    expect(await page.locator('#embed-heading + p').textContent()).toMatch(/badge-afbeelding/);
    await page.close();
  });

  test('learner preview: an edubadges URL gets a LinkedIn link with the 1-based month and the credential URL', async() => {
    const page = await open('./preview.html?lang=en');
    const assertion = 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q';
    await page.locator('#paste').fill(assertion);
    await page.getByRole('button', {name: 'Check'}).click();
    const link = page.locator('[data-linkedin]');
    await link.waitFor({timeout: 30_000});
    const params = Object.fromEntries(new URL((await link.getAttribute('href'))!).searchParams);
    // Issued 2022-12-05: December is 12 here (edubadges' own link says 11).
    expect(params).toMatchObject({startTask: 'CERTIFICATION_NAME', name: 'Edubadge account complete', issueYear: '2022', issueMonth: '12', certUrl: assertion});
    expect(await page.locator('[data-snippet]').inputValue()).toContain(`<microcredential-verify src="${assertion}"></microcredential-verify>`);
    await page.close();
  });

  test('the institution page asked nothing of the outside world but badge images, and nothing broke', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});
