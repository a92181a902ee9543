import {readFileSync} from 'node:fs';
import type {BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {readFixture} from '../helpers/fixture-fetch.js';
import {BIDI, CSS_INJECTION, HTML_DATA_URL, hostileCredential, LOOKALIKE, PAYLOAD, SCRIPT_URL, ZERO_WIDTH} from '../widget/hostile-corpus.js';
import {annotationsSettled, browserRuns, EDU_ID, type ExtensionRun, type FixtureSite, inClosedShadow, startExtensionRun} from './e2e-harness.js';
import {PAGES} from './pages.js';

const HOSTILE_ID = 'HostileAssertion0001Ab';
const HOSTED = `https://www.edubadges.nl/public/assertions/${HOSTILE_ID}`;
const OB3 = 'https://credentials.example.org/hostile-ob3.json';
const TITLE = `${LOOKALIKE} ${BIDI} ${ZERO_WIDTH} Course ${PAYLOAD} ${CSS_INJECTION}`;
const ISSUER = `${LOOKALIKE} ${BIDI} ${ZERO_WIDTH} ${PAYLOAD}`;

/** The edubadges fixture as a hosted assertion whose every shown string and URL is hostile (the corpus of test/widget/). */
function hostileHosted(): string {
  const assertion = JSON.parse(readFixture('quality/edubadges-micro-hbo-expanded.json').replaceAll('hboMicroAssertion0001A', HOSTILE_ID)) as
    Record<string, unknown> & {badge: Record<string, unknown> & {issuer: Record<string, unknown>}};
  assertion.image = HTML_DATA_URL;
  assertion.evidence = [{type: 'Evidence', id: SCRIPT_URL, narrative: PAYLOAD}];
  assertion.badge.name = TITLE;
  assertion.badge.description = `About ${PAYLOAD}`;
  assertion.badge.image = SCRIPT_URL;
  assertion.badge.issuer.name = ISSUER;
  assertion.badge.issuer.url = SCRIPT_URL;
  assertion.badge.issuer.image = HTML_DATA_URL;
  return JSON.stringify(assertion);
}

/**
 * The saved L1 page with its entries pointing at the hostile credentials; the third entry's links
 * are a `javascript:` and a `data:text/html` URL, which must be neither fetched nor made a link.
 */
function hostilePage(): string {
  const html = readFileSync(new URL('linkedin-profile.html', PAGES), 'utf8')
    .replaceAll(`https://www.edubadges.nl/public/assertions/${EDU_ID}`, HOSTED)
    .replaceAll('https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile', OB3)
    .replace('https://verify.skillforge-academy.example/c/SFA-DS-2024-00917', 'javascript:window.__pwned=9')
    .replace('https://verify.skillforge-academy.example/c/SFA-DS-2024-00917', 'data:text/html,%3Cscript%3Ewindow.__pwned%3D10%3C/script%3E');
  expect(html).toContain(HOSTED);
  expect(html).toContain('javascript:window.__pwned=9');
  return html;
}

/** Everything in an annotation's shadow root that could run, load or navigate; its text. */
const INSPECT = `function() {
  const elements = [...this.querySelectorAll('*')];
  return {
    scripts: this.querySelectorAll('script, style:not(:empty), link, iframe, object, embed').length,
    handlers: elements.flatMap(element => [...element.attributes].filter(attribute => attribute.name.startsWith('on')).map(attribute => attribute.name)),
    scriptUrls: elements.flatMap(element => [...element.attributes].filter(attribute => /^\\s*(javascript|data:text\\/html)/i.test(attribute.value)).map(attribute => attribute.name)),
    images: [...this.querySelectorAll('img')].map(image => image.getAttribute('src')),
    links: [...this.querySelectorAll('a')].map(link => link.getAttribute('href')),
    text: this.textContent,
    bdi: [...this.querySelectorAll('bdi')].map(bdi => bdi.textContent),
  };
}`;
interface Inspected {scripts: number; handlers: string[]; scriptUrls: string[]; images: string[]; links: string[]; text: string; bdi: string[]}

describe.runIf(browserRuns)('a hostile credential behind a LinkedIn entry renders inert in the annotation (real Chromium)', {timeout: 120_000}, () => {
  let run: ExtensionRun;
  let site: FixtureSite;
  let context: BrowserContext;
  let workerRequests: string[];
  /** Every request that is not the service worker's: the web pages', and the extension's own pages'. */
  const pageRequests = () => [...run.pageRequests, ...run.extensionPageRequests];

  beforeAll(async() => {
    run = await startExtensionRun(fixtures => {
      fixtures.routes[`api.edubadges.nl/public/assertions/${HOSTILE_ID}?expand=badge&expand=badge.issuer`] = hostileHosted();
      fixtures.routes['credentials.example.org/hostile-ob3.json'] = JSON.stringify(hostileCredential());
      fixtures.html = hostilePage();
    });
    ({site, context, workerRequests} = run);
  }, 120_000);

  afterAll(() => run?.close());

  test('nothing executes, nothing navigates; names shown as they are; script URLs neither fetched nor linked', async() => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const navigations: string[] = [];
    page.on('framenavigated', frame => {
      if(frame === page.mainFrame()) {
        navigations.push(frame.url());
      }
    });
    const profile = 'https://www.linkedin.com/in/fenna-oosterbeek/';
    await page.goto(profile);
    // Two entries link to a credential; the third's links are javascript: and data:text/html: left alone.
    // The hosted one is what its recognised issuer serves, so authentic; the OB 3.0 one's signature no longer holds.
    expect(await annotationsSettled(page, 2)).toEqual([[HOSTED, 'verified', true], [OB3, 'invalid', true]]);

    for(const url of [HOSTED, OB3]) {
      await inClosedShadow(page, url, 'function() { this.querySelector("button.badge").click(); }');
    }
    await page.waitForTimeout(500);
    const hosted = await inClosedShadow<Inspected>(page, HOSTED, INSPECT);
    const ob3 = await inClosedShadow<Inspected>(page, OB3, INSPECT);
    for(const found of [hosted, ob3]) {
      expect({scripts: found.scripts, handlers: found.handlers, scriptUrls: found.scriptUrls}).toEqual({scripts: 0, handlers: [], scriptUrls: []});
      expect(found.images.filter(src => !src.startsWith('data:image/'))).toEqual([]);
      expect(found.links.filter(href => !href.startsWith('https://'))).toEqual([]);
    }
    // The strings as text, bidi controls, zero-width characters and the Cyrillic lookalike kept as they are.
    expect(hosted.text).toContain(TITLE);
    // (its issuer's own name, hostile too, gives way to the name the trust list knows it by)
    // The entry's name differs from the credential's: said, the credential's (clipped) isolated in its own <bdi>.
    expect(hosted.bdi.filter(text => text.startsWith(TITLE.slice(0, 100)))).toHaveLength(1);
    expect(ob3.text).toContain(`Course ${PAYLOAD}`);
    expect(ob3.text).toContain(`${BIDI} ${ZERO_WIDTH}`);

    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(profile);
    expect(navigations).toEqual([profile]);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    await page.close();
  });

  test('requests: the page only to LinkedIn, the extension only to the credentials\' own hosts; nothing the credentials name', () => {
    const hosts = (urls: string[]) => [...new Set(urls.filter(url => !url.startsWith('data:') && !url.startsWith('chrome-extension:'))
      .map(url => new URL(url).hostname))].sort();
    expect(hosts(pageRequests())).toEqual(['www.linkedin.com']);
    expect(hosts(workerRequests)).toEqual(['api.edubadges.nl', 'credentials.example.org']);
    expect([...new Set(site.requests.map(request => request.split(' ')[0]))].sort()).toEqual(['api.edubadges.nl', 'credentials.example.org', 'www.linkedin.com']);
    expect([...pageRequests(), ...workerRequests, ...site.requests].filter(url => /attacker|javascript|text\/html|__pwned|skillforge/i.test(url))).toEqual([]);
  });
});
