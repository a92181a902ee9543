// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/fenna-oosterbeek/"}
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test, vi} from 'vitest';
import {listCredentials} from '../../extension/entrypoints/linkedin.content/list-only.js';
import type {Lang, Report} from '../../shared/index.js';

// happy-dom's URL replaces Node's here, and fs takes only Node's: read fixtures by path.
const PAGES = join(fileURLToPath(import.meta.url), '../../fixtures/pages');
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as
  {'linkedin-profile.html': {profile_view_entries: {url: string | null}[]}};

const PROFILE_PATH = '/in/fenna-oosterbeek/';
const URLS = expected['linkedin-profile.html'].profile_view_entries.flatMap(entry => entry.url ? [entry.url] : []);

/** The saved profile as this test's page (parsed without its scripts), at the profile's address. */
function openProfile(): Document {
  history.replaceState({}, '', PROFILE_PATH);
  // Parsed as inert HTML (no scripts run), then made this page.
  const saved = new DOMParser().parseFromString(readFileSync(join(PAGES, 'linkedin-profile.html'), 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(saved.body, true));
  return document;
}

function start(document: Document, lang: Lang = 'en') {
  const controller = new AbortController();
  const verify = vi.fn(async(_url: string, _lang: Lang) => null as Report | null);
  const onNavigate = vi.fn();
  listCredentials(document, {signal: controller.signal, lang: () => lang, verify, onNavigate});
  return {verify, onNavigate, stop: () => controller.abort()};
}

/**
 * Until a scan that the latest mutations scheduled has run: the observer's callback (a microtask)
 * sets its timer after ours, so ours fires first and a second turn comes after it.
 */
const settle = async() => {
  for(let turn = 0; turn < 2; turn++) {
    await new Promise(resolve => setTimeout(resolve, 0));
  }
};

/** A copy of the first certification entry, linking to another edubadges credential. */
function addEntry(document: Document, id: string) {
  const list = document.querySelector('#licenses_and_certifications')?.closest('section')?.querySelector('ul') as HTMLUListElement;
  const entry = list.querySelector('li')?.cloneNode(true) as HTMLLIElement;
  for(const link of entry.querySelectorAll('a[href*="edubadges"]')) {
    link.setAttribute('href', `https://www.edubadges.nl/public/assertions/${id}`);
  }
  list.append(entry);
}

describe('LinkedIn with annotation switched off (list-only mode)', () => {
  test('each entry\'s credential is sent to the background once, in the chosen language; nothing is inserted into the page', async() => {
    const document = openProfile();
    const before = document.body.outerHTML;
    const {verify} = start(document, 'nl');
    expect(verify.mock.calls).toEqual(URLS.map(url => [url, 'nl']));
    await settle(); // any scan its own mutations could have caused
    expect(document.body.outerHTML).toBe(before);
    expect(verify).toHaveBeenCalledTimes(URLS.length);
  });

  test('an entry that arrives later is sent when it appears (observed), the others not again', async() => {
    const document = openProfile();
    const {verify} = start(document);
    addEntry(document, 'LateEntry0000000000000');
    await vi.waitFor(() => expect(verify).toHaveBeenLastCalledWith('https://www.edubadges.nl/public/assertions/LateEntry0000000000000', 'en'));
    expect(verify).toHaveBeenCalledTimes(URLS.length + 1);
  });

  test('an SPA navigation to another page tells the background and sends that page\'s entries again', async() => {
    const document = openProfile();
    const {verify, onNavigate} = start(document);
    history.pushState({}, '', '/in/fenna-oosterbeek/details/certifications/');
    addEntry(document, 'OnDetails0000000000000');
    await vi.waitFor(() => expect(onNavigate).toHaveBeenCalledTimes(1));
    expect(verify).toHaveBeenCalledTimes(2 * URLS.length + 1);
  });

  test('stopped (annotation switched back on, or the script invalidated): nothing more is sent', async() => {
    const document = openProfile();
    const {verify, stop} = start(document);
    stop();
    addEntry(document, 'AfterStop0000000000000');
    await settle();
    expect(verify).toHaveBeenCalledTimes(URLS.length);
  });
});
