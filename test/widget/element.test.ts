import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {readFixture} from '../helpers/fixture-fetch.js';
import {expectedVerdict} from './expected.js';
import {browserRuns, CREDENTIALS, EDUBADGES_URL, launchChromium, openPage, SLOW, startSite, type Network, type Site} from './harness.js';
import {addElements, settle, shadowText, type Spec} from './in-page.js';

// Contract §5, in real headless Chromium, on a page served with a strict CSP. Every expected
// state is the core's own verdict in Node for the same input, clock and fixtures; the rows
// that must not depend on that say so themselves.
const SAMPLES: [file: string, must?: string][] = [
  ['dcc-ob3-vc2-eddsa-didkey-validstatus.json'],
  ['dcc-ob3-vc2-ed25519-didkey-valid.json'],
  ['dcc-ob3-vc2-ed25519-didkey-tampered.json', 'invalid'],
  ['dcc-ob3-vc2-ed25519-didkey-expired.json', 'invalid'],
  ['dcc-ob3-vc2-ed25519-didkey-revoked.json', 'invalid'],
  ['w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json'],
];
const JWT = readFixture('credentials/1edtech-ob20-signed.jwt').trim();
const VALID = readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json');

describe.runIf(browserRuns)('<microcredential-verify> in headless Chromium', {timeout: 60_000}, () => {
  let site: Site;
  let browser: Browser;
  let page: Page;
  let network: Network;
  const specs: Spec[] = [
    ...SAMPLES.map(([file], i) => ({id: `sample-${i}`, attributes: {src: CREDENTIALS + file}})),
    {id: 'edubadges', attributes: {src: EDUBADGES_URL}},
    {id: 'inline-json', inline: {type: 'application/ld+json', text: VALID}},
    {id: 'inline-jwt', inline: {type: 'application/jwt', text: JWT}},
    {id: 'property', credential: JSON.parse(VALID)},
    {id: 'nothing'},
    {id: 'bad-src', attributes: {src: 'javascript:alert(1)'}},
  ];

  beforeAll(async() => {
    [site, browser] = await Promise.all([startSite(), launchChromium()]);
    ({page, network} = await openPage(browser, site));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', event =>
        ((window as unknown as {__csp?: string[]}).__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.reload();
    await addElements(page, specs);
  }, 120_000);

  afterAll(async() => {
    await browser?.close();
    await site?.close();
  });

  test.each(SAMPLES)('<microcredential-verify src="…/%s"> ⇒ the core\'s verdict, one verify-result', async(file, must) => {
    const expected = await expectedVerdict(CREDENTIALS + file);
    if(must) {
      expect(expected).toBe(must);
    }
    const seen = await settle(page, `sample-${SAMPLES.findIndex(([name]) => name === file)}`);
    expect(seen.state).toBe(expected);
    expect(seen.events).toEqual([{verdict: expected, stateAtEvent: expected}]);
  });

  test.each([
    ['<microcredential-verify src="https://api.edubadges.nl/public/assertions/…">', 'edubadges', EDUBADGES_URL],
    ['<microcredential-verify><script type="application/ld+json">', 'inline-json', VALID],
    ['<microcredential-verify><script type="application/jwt">', 'inline-jwt', JWT],
    ['element.credential = {…}', 'property', VALID],
  ])('%s ⇒ the core\'s verdict, one verify-result', async(_markup, id, input) => {
    const expected = await expectedVerdict(input);
    const seen = await settle(page, id);
    expect(seen.events).toEqual([{verdict: expected, stateAtEvent: expected}]);
    expect(seen.state).toBe(expected);
  });

  test.each([['nothing', '<microcredential-verify>'], ['bad-src', '<microcredential-verify src="javascript:alert(1)">']])(
    '%s: %s ⇒ unverifiable, one verify-result', async id => {
      const seen = await settle(page, id);
      expect(seen).toEqual({state: 'unverifiable', events: [{verdict: 'unverifiable', stateAtEvent: 'unverifiable'}]});
    });

  test('the badge is the default layout, opens the card from the keyboard, and Escape closes it', async() => {
    const badge = page.locator('#sample-2').locator('button.badge');
    await expect.poll(() => badge.getAttribute('aria-expanded')).toBe('false');
    await badge.focus();
    await page.keyboard.press('Enter');
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#sample-2').locator('article.card').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await badge.evaluate(element => element.getRootNode() instanceof ShadowRoot &&
      (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
  });

  test('layout="card" shows the card at once; an unknown layout reads as badge', async() => {
    await addElements(page, [
      {id: 'card', attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-revoked.json`, layout: 'card'}},
      {id: 'odd-layout', attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-revoked.json`, layout: 'poster'}},
    ]);
    await settle(page, 'card');
    await settle(page, 'odd-layout');
    expect(await page.locator('#card').locator('article.card').isVisible()).toBe(true);
    expect(await page.locator('#card').locator('[data-check]').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#odd-layout').locator('button.badge').isVisible()).toBe(true);
    expect(await page.$eval('#odd-layout', element => (element as unknown as {layout: string}).layout)).toBe('badge');
  });

  test('lang="nl" renders Dutch; without lang the nearest ancestor decides; lang="fr" falls back to the page', async() => {
    const tampered = `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-tampered.json`;
    await addElements(page, [
      {id: 'nl', attributes: {src: tampered, lang: 'nl', layout: 'card'}},
      {id: 'nl-ancestor', attributes: {src: tampered}, wrapperLang: 'nl-NL'},
      {id: 'fr', attributes: {src: tampered, lang: 'fr'}},
    ]);
    await Promise.all(['nl', 'nl-ancestor', 'fr'].map(id => settle(page, id)));
    expect(await shadowText(page, 'nl')).toContain('Ongeldig');
    expect(await shadowText(page, 'nl')).toContain('Wat is gecontroleerd');
    expect(await shadowText(page, 'nl-ancestor')).toContain('Ongeldig');
    expect(await shadowText(page, 'fr')).toContain('Not valid');
  });

  test('changing src re-verifies and silently cancels the earlier run', async() => {
    await addElements(page, [{id: 'switch', attributes: {src: `${SLOW}dcc-ob3-vc2-ed25519-didkey-revoked.json`}}]);
    await page.waitForTimeout(200);
    await page.$eval('#switch', element => element.setAttribute('src', 'https://credentials.example.org/dcc-ob3-vc2-ed25519-didkey-tampered.json'));
    const first = await settle(page, 'switch');
    await page.waitForTimeout(2000); // the slow, superseded answer has arrived by now
    expect((await settle(page, 'switch')).events).toEqual(first.events);
    expect(first.events).toEqual([{verdict: 'invalid', stateAtEvent: 'invalid'}]);
    expect(await shadowText(page, 'switch')).toMatch(/changed after it was issued/);
    await page.$eval('#switch', element => element.setAttribute('src', 'https://credentials.example.org/dcc-ob3-vc2-ed25519-didkey-valid.json'));
    const second = await settle(page, 'switch', 2);
    expect(second.events.map(event => event.verdict)).toEqual(['invalid', await expectedVerdict(VALID)]);
  });

  test('no request left for a host the tests do not serve, no CSP violation, no error', async() => {
    expect(network.refused).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {__csp?: string[]}).__csp ?? [])).toEqual([]);
    expect(network.errors).toEqual([]);
  });

  test('verifying leaves no global behind on the host page (rdf-canonize\'s setImmediate polyfill is not shipped)', async() => {
    expect(await page.evaluate(() => ['setImmediate', 'clearImmediate', 'jsonld'].filter(name => name in window))).toEqual([]);
  });
});
