import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {browserRuns, EDU_ID, type ExtensionRun, type FixtureSite, startExtensionRun} from './e2e-harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PROFILE = 'https://www.linkedin.com/in/fenna-oosterbeek/';
const EDU = `https://www.edubadges.nl/public/assertions/${EDU_ID}`;
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile';
const SKILLFORGE = 'https://verify.skillforge-academy.example/c/SFA-DS-2024-00917';

/** axe-core over the whole page, every <details> opened (page.evaluate runs outside the page's CSP). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach(details => (details.open = true)));
  await page.evaluate(AXE);
  return page.evaluate(async() => {
    const axe = (window as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.map(violation => `${violation.id}: ${JSON.stringify(violation.nodes.map(node => node.target))}`);
  });
}

describe.runIf(browserRuns)('the options page of the built extension in headless Chromium', {timeout: 120_000}, () => {
  let run: ExtensionRun;
  let extension: string;
  let site: FixtureSite;
  let context: BrowserContext;
  let origin: string;

  beforeAll(async() => {
    run = await startExtensionRun();
    ({extension, site, context, origin} = run);
  }, 120_000);

  afterAll(() => run?.close());

  /** The tab's credentials as the popup lists them, once none is pending: [url, verdict]. */
  async function popupList(tabUrl: string, count: number): Promise<string[][]> {
    const [worker] = context.serviceWorkers();
    const tabId = await worker.evaluate(async url => {
      const {chrome} = globalThis as unknown as {chrome: {tabs: {query(query: object): Promise<{id?: number}[]>}}};
      return (await chrome.tabs.query({url}))[0]?.id;
    }, tabUrl);
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(n => {
      const items = [...(document.getElementById('app')?.shadowRoot?.querySelectorAll('li[data-credential-verdict]') ?? [])];
      return items.length === n && items.every(item => item.getAttribute('data-credential-verdict') !== 'pending');
    }, count, {timeout: 20_000});
    const listed = await popup.locator('li[data-credential-verdict]').evaluateAll(items =>
      items.map(item => [item.getAttribute('data-credential-url') ?? '', item.getAttribute('data-credential-verdict') ?? '']));
    await popup.close();
    return listed;
  }

  test('the Chrome manifest: the permissions the README lists, an options page in a tab, a localised toolbar title', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.options_ui).toEqual({page: 'options.html', open_in_tab: true});
    expect(manifest.action).toMatchObject({default_title: '__MSG_actionTitle__'});
  });

  test('the options page: in the browser\'s language (English here), every section there, no axe-core violations', async() => {
    const page = await context.newPage();
    await page.goto(`${origin}/options.html`);
    await expect.poll(() => page.title()).toBe('Microcredential verifier settings');
    for(const name of ['Language', 'LinkedIn', 'Trust lists', 'Sites checked automatically', 'Privacy']) {
      expect(await page.getByRole('heading', {level: 2, name}).count(), name).toBe(1);
    }
    expect(await page.getByRole('switch', {name: 'Annotate LinkedIn profiles'}).isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
    // The same page in Dutch, chosen here, still without violations; then back to the browser's language.
    await page.getByLabel('Language of the extension').selectOption('nl');
    await expect.poll(() => page.title()).toBe('Instellingen van Microcredential-controle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Taal van de extensie').selectOption('auto');
    await expect.poll(() => page.title()).toBe('Microcredential verifier settings');
    await page.close();
  });

  test('annotation switched off: LinkedIn gets nothing inserted, the popup still lists the checked entries; switched on: annotated at once', async() => {
    const options = await context.newPage();
    await options.goto(`${origin}/options.html`);
    const annotate = options.getByRole('switch', {name: 'Annotate LinkedIn profiles'});
    await annotate.uncheck();
    await expect.poll(() => options.evaluate(async() =>
      (await (globalThis as unknown as {chrome: {storage: {local: {get(key: string): Promise<Record<string, unknown>>}}}}).chrome.storage.local
        .get('settings.annotateLinkedIn'))['settings.annotateLinkedIn'])).toBe(false);

    site.page = 'linkedin-profile.html';
    const page = await context.newPage();
    await page.goto(PROFILE);
    expect(await popupList(PROFILE, 3)).toEqual([[EDU, 'verified'], [CREDLY, 'unverifiable'], [SKILLFORGE, 'unverifiable']]);
    // The entries were checked (every report is in), and the page has no annotation at all.
    expect(await page.$$('[data-credential-verdict]')).toHaveLength(0);

    await annotate.check();
    await page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('[data-credential-verdict]')];
      return hosts.length === 3 && hosts.every(host => host.getAttribute('data-credential-verdict') !== 'pending');
    }, undefined, {timeout: 20_000});
    expect(await page.$$eval('[data-credential-verdict]', hosts => hosts.map(host => host.getAttribute('data-credential-verdict'))))
      .toEqual(['verified', 'unverifiable', 'unverifiable']);

    // And off again while the page is open: the annotations go.
    await annotate.uncheck();
    await page.waitForFunction(() => document.querySelectorAll('[data-credential-verdict]').length === 0, undefined, {timeout: 20_000});
    await annotate.check();
    await options.close();
    await page.close();
  });

  test('a site allowed for automatic checking: its pages are scanned on opening, with no click; removed, its registration goes', async() => {
    // The browser's permission prompt cannot be answered headless, so the site is one whose access
    // the manifest already grants (the harness serves the CV page on www.linkedin.com/cv/), and it is
    // stored directly: the options page itself refuses LinkedIn (its own script runs there).
    const options = await context.newPage();
    await options.goto(`${origin}/options.html`);
    const setSites = (sites: string[]) => options.evaluate(async value =>
      (globalThis as unknown as {chrome: {storage: {local: {set(items: object): Promise<void>}}}}).chrome.storage.local.set({'settings.allowedSites': value}), sites);
    const registered = () => options.evaluate(async() =>
      (await (globalThis as unknown as {chrome: {scripting: {getRegisteredContentScripts(): Promise<{id: string; matches: string[]}[]>}}})
        .chrome.scripting.getRegisteredContentScripts()).map(script => [script.id, script.matches]));

    await setSites(['https://www.linkedin.com']);
    await expect.poll(registered).toEqual([['cv-allowed-sites', ['https://www.linkedin.com/*']]]);
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/cv/');
    await page.waitForFunction(() => document.querySelectorAll('[data-credential-verdict]').length >= 5, undefined, {timeout: 20_000});

    // Removed: the registration goes (the browser runs registered scripts only while they are registered).
    await setSites([]);
    await expect.poll(registered).toEqual([]);
    await options.close();
    await page.close();
  });
});
