import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {browserRuns, CREDENTIALS, launchChromium, openPage, SLOW, startSite, type Site} from './harness.js';
import {readFixture} from '../helpers/fixture-fetch.js';
import {addElements, settle, type Spec} from './in-page.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ISSUER = 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
const TRUST = {name: 'Test list', publisher: 'tests', version: '1', validUntil: null,
  records: [{subject: {dids: [ISSUER]}, organisation: {legalName: 'Example Corp'}}]};

// One element per state the element can show: verified with a trust list naming the DCC issuer,
// warning with the 1EdTech badge, whose issuer no list names.
const STATES: [state: string, spec: Omit<Spec, 'id'>][] = [
  ['verified', {attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-eddsa-didkey-validstatus.json`}}],
  ['warning', {inline: {type: 'application/jwt', text: readFixture('credentials/1edtech-ob20-signed.jwt').trim()}}],
  ['invalid', {attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-revoked.json`}}],
  ['unverifiable', {attributes: {src: 'javascript:void 0'}}],
];

/** Run axe over the page, shadow roots included, with every <details> in them opened. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('microcredential-verify').forEach(host =>
    host.shadowRoot?.querySelectorAll('details').forEach(details => (details.open = true))));
  // page.evaluate runs outside the page's CSP, so axe needs no exception in it.
  await page.evaluate(AXE);
  const found = await page.evaluate(async() => {
    const axe = (window as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.map(violation => `${violation.id}: ${JSON.stringify(violation.nodes.map(node => node.target))}`);
  });
  return found;
}

describe.runIf(browserRuns)('<microcredential-verify>: axe-core in every state', {timeout: 90_000}, () => {
  let site: Site;
  let browser: Browser;

  beforeAll(async() => {
    [site, browser] = await Promise.all([startSite(), launchChromium()]);
  }, 120_000);

  afterAll(async() => {
    await browser?.close();
    await site?.close();
  });

  test('pending: nothing to report', async() => {
    const {page, context} = await openPage(browser, site);
    await addElements(page, [{id: 'pending', attributes: {src: `${SLOW}dcc-ob3-vc2-ed25519-didkey-valid.json`}},
      {id: 'pending-card', attributes: {src: `${SLOW}dcc-ob3-vc2-ed25519-didkey-valid.json`, layout: 'card'}}]);
    await page.locator('#pending').locator('.verdict-pending').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test.each([
    ['en', 'light', 'badge'], ['en', 'light', 'card'], ['nl', 'light', 'card'], ['en', 'dark', 'card'], ['nl', 'dark', 'badge'],
  ])('lang=%s, %s colour scheme, layout=%s: every verdict, opened', async(lang, scheme, layout) => {
    const {page, context} = await openPage(browser, site);
    await page.emulateMedia({colorScheme: scheme as 'light' | 'dark'});
    await page.evaluate(trust => (customElements.get('microcredential-verify') as unknown as {setTrustLists(lists: unknown[]): void})
      .setTrustLists([trust]), TRUST);
    await addElements(page, STATES.map(([state, spec]) => ({...spec, id: state, attributes: {...spec.attributes, lang, layout}})));
    for(const [state] of STATES) {
      expect((await settle(page, state)).state).toBe(state);
      if(layout === 'badge') {
        await page.locator(`#${state}`).locator('button.badge').click();
      }
    }
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('320 px wide: the card fits without horizontal scrolling', async() => {
    const {page, context} = await openPage(browser, site);
    await page.setViewportSize({width: 320, height: 800});
    await addElements(page, [{id: 'narrow', attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-revoked.json`, layout: 'card'}}]);
    await settle(page, 'narrow');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
