import type {BrowserContext, Page, Worker} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {buildPdf} from '../fixtures/pdf/build-pdf.js';
import {ob3Credential, testKey} from '../helpers/issue.js';
import {iTXt, png} from '../helpers/png.js';
import {browserRuns, EDU_ID, type ExtensionRun, type FixtureSite, startExtensionRun} from './e2e-harness.js';

// The CV page (test/fixtures/pages/cv-personal-site.html) on a host the extension may inject into
// without a toolbar click (tests only: headless Chromium has no toolbar to grant activeTab).
const CV = 'https://www.linkedin.com/cv/';
const EDU = `https://www.edubadges.nl/public/assertions/${EDU_ID}`;
const CREDLY_ID = 'f71e36e3-f532-4953-a80e-fc58fb4ea418';
const OTHER_EDU = 'https://www.edubadges.nl/public/assertions/JsonLdOnly000000000001';
const BAKED = 'www.linkedin.com/cv/badges/fair-data-champion-baked.png';
const PDF = 'www.linkedin.com/cv/docs/fenna-oosterbeek-europass-cv.pdf';
const EMBEDS = 'www.linkedin.com/cv/embeds/';

type Annotated = [url: string, verdict: string, after: string];

/** The page's annotations once none is pending: [url, verdict, tag of the element it follows]. */
async function settled(page: Page, count: number): Promise<Annotated[]> {
  const now = () => page.$$eval('[data-credential-verdict]', hosts => hosts.map(host => [host.getAttribute('data-credential-url') ?? '',
    host.getAttribute('data-credential-verdict') ?? '', host.previousElementSibling?.tagName ?? ''] as Annotated));
  await page.waitForFunction(n => {
    const hosts = [...document.querySelectorAll('[data-credential-verdict]')];
    return hosts.length === n && hosts.every(host => host.getAttribute('data-credential-verdict') !== 'pending');
  }, count, {timeout: 30_000}).catch(async error => {
    throw new Error(`${(error as Error).message}; on the page: ${JSON.stringify(await now())}`);
  });
  return page.$$eval('[data-credential-verdict]', hosts => hosts.map(host => [host.getAttribute('data-credential-url') ?? '',
    host.getAttribute('data-credential-verdict') ?? '', host.previousElementSibling?.tagName ?? ''] as Annotated));
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async pattern => {
    const {chrome} = globalThis as unknown as {chrome: {tabs: {query(query: object): Promise<{id?: number}[]>}}};
    return (await chrome.tabs.query({url: pattern}))[0]?.id ?? -1;
  }, url);
}

describe.runIf(browserRuns)('any page and PDF CVs, on demand, in headless Chromium', {timeout: 180_000}, () => {
  let run: ExtensionRun;
  let site: FixtureSite;
  let context: BrowserContext;
  let worker: Worker;
  let popupUrl: string;

  beforeAll(async() => {
    run = await startExtensionRun(async fixtures => {
      // The CV's badge image, baked as Open Badges 2.0 does (iTXt "openbadges" holding the assertion,
      // whose id is the edubadges assertion the fixture API serves).
      const assertion = fixtures.routes[`api.edubadges.nl/public/assertions/${EDU_ID}?expand=badge&expand=badge.issuer`];
      fixtures.files[BAKED] = {type: 'image/png', body: png(iTXt('openbadges', assertion))};
      // A second page: a Credly embed alone, a Badgr embed, JSON-LD naming a credential the page does
      // not link, an OB 3.0 baked badge inside a link, and an ordinary photo.
      const key = await testKey(21);
      const credential = JSON.stringify(await key.sign(ob3Credential(key.did)));
      fixtures.files['www.linkedin.com/cv/embeds/ob3.png'] = {type: 'image/png', body: png(iTXt('openbadgecredential', credential))};
      fixtures.files['www.linkedin.com/cv/embeds/photo.png'] = {type: 'image/png', body: png()};
      fixtures.files[EMBEDS] = {type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><title>Embeds</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","hasCredential":[{"@type":"EducationalOccupationalCredential","url":"${OTHER_EDU}"}]}</script></head>
        <body><div class="embed"><div data-share-badge-id="${CREDLY_ID}" data-share-badge-host="https://www.credly.com"></div></div>
        <div class="embed"><iframe src="https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw?embedVersion=1&amp;embedWidth=300"></iframe></div>
        <p><a href="/cv/embeds/data-literacy"><img src="ob3.png" alt="Data Literacy"></a></p>
        <p><img src="photo.png" alt="Open badge wall"></p></body></html>`};
      fixtures.files[PDF] = {type: 'application/pdf', body: buildPdf({
        lines: ['Fenna Oosterbeek - Europass CV', `Cloud Architecture Associate: https://www.credly.com/badges/${CREDLY_ID}`],
        links: [EDU],
        attachments: {'data-literacy.json': credential, 'notes.txt': 'not a credential'},
      })};
    });
    ({site, context, worker} = run);
    popupUrl = `${run.origin}/popup.html`;
  }, 180_000);

  afterAll(() => run?.close());

  async function scan(url: string): Promise<{page: Page; popup: Page}> {
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.$$('[data-credential-verdict]')).toHaveLength(0); // nothing before the user asks
    const popup = await context.newPage();
    await popup.goto(`${popupUrl}?tab=${await tabIdOf(worker, url)}`);
    await popup.getByRole('button', {name: 'Check credentials on this page'}).click();
    return {page, popup};
  }

  test('the CV page: every credential link, and the baked badge image, annotated with its verdict; the embed duplicate and the no-URL entry left alone', async() => {
    const {page, popup} = await scan(CV);
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('5 credentials found on this page.');
    expect(await settled(page, 6)).toEqual([
      [EDU, 'verified', 'A'],
      [`https://www.credly.com/badges/${CREDLY_ID}/public_url`, 'unverifiable', 'A'], // Credly's API has no fixture: not checked, never "invalid"
      ['https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'unverifiable', 'A'],
      ['https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.html', 'unverifiable', 'A'],
      ['https://www.coursera.org/account/accomplishments/verify/K7QW2ZP9LM3D', 'unverifiable', 'A'], // publishes nothing verifiable
      [`https://${BAKED}`, 'verified', 'IMG'], // the badge image's baked assertion
    ]);
    // The Credly embed is the linked badge: annotated once, at the link. The entry without a URL has nothing.
    expect(await page.$$eval('[data-share-badge-id]', embeds => embeds.map(embed => embed.nextElementSibling?.hasAttribute('data-credential-verdict')))).toEqual([false]);
    const noUrl = page.locator('li', {hasText: 'Project Management Essentials'});
    expect(await noUrl.locator('[data-credential-verdict]').count()).toBe(0);
    // A second click annotates nothing twice.
    await popup.getByRole('button', {name: 'Check credentials on this page'}).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('5 credentials found');
    expect(await settled(page, 6)).toHaveLength(6);
    expect(site.requests).toContain(`www.linkedin.com /cv/badges/fair-data-champion-baked.png`);
    await popup.close();
    await page.close();
  });

  test('embeds, JSON-LD and an OB 3.0 baked badge on another page; the popup lists all of them, the JSON-LD one too', async() => {
    const {page, popup} = await scan(`https://${EMBEDS}`);
    expect(await settled(page, 3)).toEqual([
      [`https://www.credly.com/badges/${CREDLY_ID}`, 'unverifiable', 'DIV'],
      ['https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'unverifiable', 'IFRAME'],
      ['https://www.linkedin.com/cv/embeds/ob3.png', 'warning', 'IMG'], // signature good, the did:key issuer is on no trust list
    ]);
    // The photo carries no credential: fetched, and left alone.
    expect(site.requests).toContain('www.linkedin.com /cv/embeds/photo.png');
    await popup.waitForFunction(() => {
      const items = [...(document.getElementById('app')?.shadowRoot?.querySelectorAll('li[data-credential-verdict]') ?? [])];
      return items.length === 4 && items.every(item => item.getAttribute('data-credential-verdict') !== 'pending');
    }, null, {timeout: 30_000});
    const listed = await popup.locator('li[data-credential-url]').evaluateAll(items =>
      items.map(item => [item.getAttribute('data-credential-url'), item.getAttribute('data-credential-verdict')]));
    expect(listed).toEqual(expect.arrayContaining([[OTHER_EDU, 'verified'], ['https://www.linkedin.com/cv/embeds/ob3.png', 'warning']]));
    await popup.close();
    await page.close();
  });

  test('a PDF CV in a tab: "check credentials in this PDF" in the popup lists its link, the URL in its text and its attached credential', async() => {
    const page = await context.newPage();
    await page.goto(`https://${PDF}`).catch(() => null); // the built-in viewer (or a download) is no page to script
    await expect.poll(() => tabIdOf(worker, `https://${PDF}`)).toBeGreaterThan(0);
    const popup = await context.newPage();
    await popup.goto(`${popupUrl}?tab=${await tabIdOf(worker, `https://${PDF}`)}`);
    await popup.getByRole('button', {name: 'Check credentials in this PDF'}).click();
    await popup.waitForFunction(() => {
      const items = [...(document.getElementById('app')?.shadowRoot?.querySelectorAll('li[data-pdf-source]') ?? [])];
      return items.length === 3 && items.every(item => item.getAttribute('data-credential-verdict') !== 'pending');
    }, null, {timeout: 30_000});
    const listed = await popup.locator('li[data-pdf-source]').evaluateAll(items =>
      items.map(item => [item.getAttribute('data-pdf-source'), item.getAttribute('data-credential-url'), item.getAttribute('data-credential-verdict')]));
    expect(listed).toEqual([
      ['link', EDU, 'verified'],
      ['text', `https://www.credly.com/badges/${CREDLY_ID}`, 'unverifiable'],
      ['attachment', null, 'warning'],
    ]);
    expect(await popup.getByRole('status').textContent()).toContain('3 credentials found in this PDF.');
    expect(await popup.locator('li[data-pdf-source="attachment"]').textContent()).toContain('data-literacy.json');
    await popup.close();
    await page.close();
  });

  test('a page that is not a PDF does not offer the PDF check', async() => {
    const page = await context.newPage();
    await page.goto(CV);
    const popup = await context.newPage();
    await popup.goto(`${popupUrl}?tab=${await tabIdOf(worker, CV)}`);
    await popup.getByRole('button', {name: 'Check credentials on this page'}).waitFor();
    expect(await popup.getByRole('button', {name: 'Check credentials in this PDF'}).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
