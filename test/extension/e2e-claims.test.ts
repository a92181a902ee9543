import {readFileSync} from 'node:fs';
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {annotationsSettled, browserRuns, EDU_ID, type ExtensionRun, type FixtureSite, inClosedShadow, startExtensionRun} from './e2e-harness.js';
import {PAGES} from './pages.js';

const EDU = `https://www.edubadges.nl/public/assertions/${EDU_ID}`;
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile';
const SKILLFORGE = 'https://verify.skillforge-academy.example/c/SFA-DS-2024-00917';
const ANNOTATED = [[EDU, 'verified', true], [CREDLY, 'unverifiable', true], [SKILLFORGE, 'unverifiable', true]];

/** A saved page with the edubadges entry claiming another year (built here; the fixture stays as saved). */
const withYear = (file: string, from: string, to: string) => {
  const html = readFileSync(new URL(file, PAGES), 'utf8');
  expect(html).toContain(from);
  return html.replace(from, to); // the first occurrence: the edubadges entry, the first of the card
};

const mismatches = (page: import('playwright-core').Page) => page.$$eval('[data-credential-verdict]', hosts =>
  hosts.map(host => [host.getAttribute('data-credential-url'), host.getAttribute('data-credential-mismatch')]));

describe.runIf(browserRuns)('the built extension compares each entry\'s own claims with its credential', {timeout: 120_000}, () => {
  let run: ExtensionRun;
  let site: FixtureSite;
  let context: BrowserContext;
  let pageRequests: string[];

  beforeAll(async() => {
    run = await startExtensionRun();
    ({site, context, pageRequests} = run);
  }, 120_000);

  afterAll(() => run?.close());

  test('the saved L1 page: every entry agrees with its credential (edubadges\' "Feb 2025" for a March credential included)', async() => {
    site.page = 'linkedin-profile.html';
    site.html = null;
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/fenna-oosterbeek/');
    expect(await annotationsSettled(page, 3)).toEqual(ANNOTATED);
    expect(await mismatches(page)).toEqual([[EDU, null], [CREDLY, null], [SKILLFORGE, null]]);
    expect(await inClosedShadow<string>(page, EDU, 'function() { return this.textContent; }')).not.toContain('The profile says');
    await page.close();
  });

  test('the same page claiming 2022: the annotation says so, and the host carries data-credential-mismatch="date"', async() => {
    site.html = withYear('linkedin-profile.html', 'Issued Feb 2025', 'Issued Feb 2022');
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/in/fenna-oosterbeek/');
    expect(await annotationsSettled(page, 3)).toEqual(ANNOTATED);
    expect(await mismatches(page)).toEqual([[EDU, 'date'], [CREDLY, null], [SKILLFORGE, null]]);
    const note = await inClosedShadow<string | null>(page, EDU, 'function() { return this.querySelector(".claim")?.textContent ?? null; }');
    expect(note).toBe('The profile says 2022, the credential says 2025.');
    await page.close();
  });

  test('the logged-out public profile on nl.linkedin.com (G layout, Dutch): each entry with a URL annotated in Dutch, ?trk dropped', async() => {
    site.page = 'linkedin-public-profile.html';
    site.html = null;
    const page = await context.newPage();
    await page.goto('https://nl.linkedin.com/in/fenna-oosterbeek');
    expect(await annotationsSettled(page, 3)).toEqual(ANNOTATED);
    expect(await mismatches(page)).toEqual([[EDU, null], [CREDLY, null], [SKILLFORGE, null]]);
    expect(await inClosedShadow<string>(page, EDU, 'function() { return this.querySelector(".verdict-word").textContent; }')).toBe('Geverifieerd');
    await page.close();

    site.html = withYear('linkedin-public-profile.html', 'Uitgegeven: <time>feb. 2025</time>', 'Uitgegeven: <time>feb. 2022</time>');
    const variant = await context.newPage();
    await variant.goto('https://nl.linkedin.com/in/fenna-oosterbeek');
    await annotationsSettled(variant, 3);
    expect(await inClosedShadow<string | null>(variant, EDU, 'function() { return this.querySelector(".claim")?.textContent ?? null; }'))
      .toBe('Op het profiel staat 2022, in het certificaat 2025.');
    await variant.close();
    site.html = null;
    site.page = 'linkedin-profile.html';
  });

  test('the pages talked only to LinkedIn; the verifications went to the credential API only', () => {
    const fromPages = pageRequests.filter(url => !url.startsWith('data:'));
    expect(fromPages.length).toBeGreaterThan(0);
    expect([...new Set(fromPages.map(url => new URL(url).hostname))].sort()).toEqual(['nl.linkedin.com', 'www.linkedin.com']);
    expect([...new Set(site.requests.map(request => request.split(' ')[0]))].sort())
      .toEqual(['api.credly.com', 'api.edubadges.nl', 'nl.linkedin.com', 'www.linkedin.com']);
  });
});
