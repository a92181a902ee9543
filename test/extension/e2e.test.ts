import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {type Annotated, annotationsSettled, browserRuns, EDU_ID, type ExtensionRun, FIXTURE_HOSTS, type FixtureSite, startExtensionRun} from './e2e-harness.js';
import {readFixture} from '../helpers/fixture-fetch.js';
import {expected} from './pages.js';

const PROFILE = 'https://www.linkedin.com/in/fenna-oosterbeek/';
const EDU = `https://www.edubadges.nl/public/assertions/${EDU_ID}`;
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile';
const SKILLFORGE = 'https://verify.skillforge-academy.example/c/SFA-DS-2024-00917';
const LEARNING = expected['linkedin-profile.html'].details_view_only[0].url as string;
/** What each credential link comes out as, with the fixture APIs of e2e-harness.ts. */
const VERDICTS: Record<string, string> = {[EDU]: 'verified', [CREDLY]: 'unverifiable', [SKILLFORGE]: 'unverifiable', [LEARNING]: 'unverifiable'};

const expectAnnotated = (urls: string[]): Annotated[] => urls.map(url => [url, VERDICTS[url], true]);
const PROFILE_URLS = [EDU, CREDLY, SKILLFORGE];

describe.runIf(browserRuns)('the built extension in headless Chromium, on the saved LinkedIn pages', {timeout: 120_000}, () => {
  let run: ExtensionRun;
  let extension: string;
  let site: FixtureSite;
  let context: BrowserContext;
  let pageRequests: string[];

  beforeAll(async() => {
    run = await startExtensionRun();
    ({extension, site, context, pageRequests} = run);
  }, 120_000);

  afterAll(() => run?.close());

  test('the built manifest declares no web_accessible_resources', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  test.each([
    ['linkedin-profile.html', '2022–25 layout'],
    ['linkedin-profile-sdui.html', '2025+ SDUI layout, safety/go links'],
  ])('%s (%s): each entry with a URL is annotated inside its entry with its verdict; the one without is left alone', async file => {
    site.page = file;
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(PROFILE);
    expect(await annotationsSettled(page, 3)).toEqual(expectAnnotated(PROFILE_URLS));
    console.info(`${file}: last annotation ${Date.now() - started} ms after navigation started`);
    await page.close();
  });

  test('a pushState navigation to the details page: the old annotations go, all five entries\' four links are annotated', async() => {
    site.page = 'linkedin-profile.html';
    const page = await context.newPage();
    await page.goto(PROFILE);
    await annotationsSettled(page, 3);
    await page.click('a[href*="/details/certifications"]');
    await page.waitForURL(/\/details\/certifications\/$/);
    expect(await annotationsSettled(page, 4)).toEqual(expectAnnotated([...PROFILE_URLS, LEARNING]));
    await page.goBack();
    expect(await annotationsSettled(page, 3)).toEqual(expectAnnotated(PROFILE_URLS));
    await page.close();
  });

  test('a card that loads late is annotated when it arrives; an entry whose annotation the page removes gets it back', async() => {
    site.page = 'linkedin-profile.html';
    const page = await context.newPage();
    await page.goto(`${PROFILE}?lazy=1`);
    expect(await page.$$('[data-credential-verdict]')).toHaveLength(0);
    expect(await annotationsSettled(page, 3)).toEqual(expectAnnotated(PROFILE_URLS));
    await page.$eval(`[data-credential-url="${CREDLY}"]`, host => host.remove());
    expect(await annotationsSettled(page, 3)).toEqual(expectAnnotated(PROFILE_URLS));
    await page.close();
  });

  test('the popup lists the tab\'s credentials with their verdicts, and checks a pasted credential', async() => {
    site.page = 'linkedin-profile.html';
    const page = await context.newPage();
    await page.goto(PROFILE);
    await annotationsSettled(page, 3);
    const [worker] = context.serviceWorkers();
    const tabId = await worker.evaluate(async() => {
      const {chrome} = globalThis as unknown as {chrome: {tabs: {query(query: object): Promise<{id?: number}[]>}}};
      return (await chrome.tabs.query({url: 'https://www.linkedin.com/*'}))[0]?.id;
    });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => {
      const items = [...(document.getElementById('app')?.shadowRoot?.querySelectorAll('li[data-credential-verdict]') ?? [])];
      return items.length === 3 && items.every(item => item.getAttribute('data-credential-verdict') !== 'pending');
    });
    const listed = await popup.locator('li[data-credential-verdict]').evaluateAll(items =>
      items.map(item => [item.getAttribute('data-credential-url'), item.getAttribute('data-credential-verdict'), true]));
    expect(listed).toEqual(expectAnnotated(PROFILE_URLS));
    await popup.getByRole('button', {name: /microcredential/}).click();
    await expect.poll(() => popup.locator('.card').first().isVisible()).toBe(true);
    await popup.fill('textarea', readFixture('credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json'));
    await popup.getByRole('button', {name: 'Check', exact: true}).click();
    await expect.poll(() => popup.locator('.check-result .card').getAttribute('data-verdict')).toBe('invalid');
    await popup.close();
    await page.close();
  });

  test('a CV page: nothing until "check credentials on this page" in the popup; then each credential link is annotated', async() => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/cv/');
    const [worker] = context.serviceWorkers();
    const tabId = await worker.evaluate(async() => {
      const {chrome} = globalThis as unknown as {chrome: {tabs: {query(query: object): Promise<{id?: number}[]>}}};
      return (await chrome.tabs.query({url: 'https://www.linkedin.com/cv/'}))[0]?.id;
    });
    expect(await page.$$('[data-credential-verdict]')).toHaveLength(0);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', {name: 'Check credentials on this page'}).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('5 credentials found on this page.');
    expect(await annotationsSettled(page, 5)).toEqual([ // each in the CV's own list item, right after its link
      [EDU, 'verified', true],
      ['https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/public_url', 'unverifiable', true],
      ['https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'unverifiable', true],
      ['https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.html', 'unverifiable', true],
      ['https://www.coursera.org/account/accomplishments/verify/K7QW2ZP9LM3D', 'unverifiable', true],
    ]);
    expect(await page.$$eval('[data-credential-verdict]', hosts => hosts.every(host => host.previousElementSibling?.tagName === 'A'))).toBe(true);
    await popup.close();
    await page.close();
  });

  test('50 entries appearing at once: all annotated; time to the last annotation, cold and warm cache; long tasks', async() => {
    site.page = 'linkedin-profile.html';
    const page = await context.newPage();
    const timings: string[] = [];
    for(const cache of ['cold', 'warm']) {
      await page.goto(PROFILE);
      await annotationsSettled(page, 3);
      await page.evaluate(() => {
        (window as unknown as {longest: number}).longest = 0;
        new PerformanceObserver(list => {
          for(const entry of list.getEntries()) {
            const state = window as unknown as {longest: number};
            state.longest = Math.max(state.longest, entry.duration);
          }
        }).observe({type: 'longtask'});
      });
      const started = await page.evaluate(() => {
        const list = document.querySelector('#licenses_and_certifications')?.closest('section')?.querySelector('ul') as HTMLUListElement;
        const template = list.querySelector('li') as HTMLLIElement;
        const fragment = document.createDocumentFragment();
        for(let i = 0; i < 50; i++) {
          const entry = template.cloneNode(true) as HTMLLIElement;
          entry.querySelector('[data-credential-verdict]')?.remove();
          const id = `Fifty${String(i).padStart(2, '0')}`.padEnd(22, '0');
          for(const link of entry.querySelectorAll('a[href*="edubadges"]')) {
            link.setAttribute('href', `https://www.edubadges.nl/public/assertions/${id}`);
          }
          fragment.append(entry);
        }
        list.append(fragment);
        return performance.now();
      });
      const annotated = await annotationsSettled(page, 53);
      expect(annotated.filter(([url, verdict]) => url.includes('/Fifty') && verdict === 'verified')).toHaveLength(50);
      const [elapsed, longest] = await page.evaluate(start => [performance.now() - start, (window as unknown as {longest: number}).longest], started);
      timings.push(`${cache} cache: last of 50 annotations ${Math.round(elapsed)} ms after they appeared; longest main-thread task ${longest ? `${Math.round(longest)} ms` : 'none over 50 ms'}`);
    }
    console.info(timings.join('\n'));
    await page.close();
  });

  test('nothing but the fixture hosts was asked for, and the page itself talked only to LinkedIn', () => {
    const hosts = new Set(site.requests.map(request => request.split(' ')[0]));
    expect([...hosts].every(host => FIXTURE_HOSTS.includes(host))).toBe(true);
    expect(site.requests).toContain(`api.edubadges.nl /public/assertions/${EDU_ID}?expand=badge&expand=badge.issuer`);
    const fromPages = pageRequests.filter(url => !url.startsWith('data:') && !url.startsWith('chrome-extension:'));
    expect(fromPages.length).toBeGreaterThan(0);
    // Not even the credential's image: the card (and its image) is rendered only when opened.
    expect(fromPages.filter(url => new URL(url).hostname !== 'www.linkedin.com')).toEqual([]);
  });
});
