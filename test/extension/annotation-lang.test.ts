// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/fenna-oosterbeek/"}
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test, vi} from 'vitest';
import {annotateCv} from '../../extension/cv/annotate-cv.js';
import {annotatePage} from '../../extension/linkedin/annotate-page.js';
import type {Lang, Report} from '../../shared/index.js';

// The language chosen on the options page words the in-page annotations; "the browser's" (auto,
// passed as null) leaves them in the page's own language. happy-dom's URL replaces Node's here: read fixtures by path.
const PAGES = join(fileURLToPath(import.meta.url), '../../fixtures/pages');
const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const settle = () => new Promise(resolve => setTimeout(resolve, 20));

function englishProfile(): Document {
  const saved = new DOMParser().parseFromString(readFileSync(join(PAGES, 'linkedin-profile.html'), 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(saved.body, true));
  document.documentElement.lang = 'en';
  return document;
}

describe('annotations speak the chosen language', () => {
  test.each([['nl', 'nl'], ['en', 'en'], [null, 'en']] as const)('LinkedIn, chosen %s on an English page → %s', async(chosen, expected) => {
    const document = englishProfile();
    const controller = new AbortController();
    const verify = vi.fn(async(_url: string, _lang: Lang) => null as Report | null);
    annotatePage(document, {signal: controller.signal, verify, onNavigate: () => undefined, lang: () => chosen});
    await settle();
    controller.abort();
    expect(verify.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(verify.mock.calls.map(([, lang]) => lang))).toEqual(new Set([expected]));
  });

  test.each([['nl', 'nl'], [null, 'en']] as const)('any page, chosen %s on an English page → %s', (chosen, expected) => {
    document.documentElement.lang = 'en';
    const link = Object.assign(document.createElement('a'), {href: EDU, textContent: 'RDM'});
    document.body.replaceChildren(link);
    const checks = {verify: vi.fn(async() => null as Report | null), verifyImage: vi.fn(async() => null as Report | null)};
    annotateCv(document, checks, chosen);
    expect(checks.verify).toHaveBeenCalledWith(EDU, expected);
  });
});
