// @vitest-environment happy-dom
import {describe, expect, test, vi} from 'vitest';
import {annotateCv} from '../../extension/cv/annotate-cv.js';
import type {Report} from '../../shared/index.js';

const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const report = (verdict: Report['verdict']) => ({verdict, input: '-', checks: [], credential: null}) as unknown as Report;
const flush = () => new Promise(resolve => setTimeout(resolve, 0));

function page(html: string): Document {
  document.documentElement.lang = 'en';
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return document;
}

describe('annotateCv: what the page gets after "check credentials on this page"', () => {
  test('links at once (pending), images only once they prove to carry a credential; a second click adds nothing', async() => {
    const doc = page(`<ul><li><a href="${EDU}">RDM</a></li></ul>
      <figure class="badge"><img src="https://fenna.example.org/b/baked.png" alt="badge"></figure>
      <figure class="badge"><img src="https://fenna.example.org/b/plain.png" alt="badge"></figure>`);
    let resolveLink!: (value: Report) => void;
    const checks = {
      verify: vi.fn(() => new Promise<Report>(resolve => (resolveLink = resolve))),
      verifyImage: vi.fn(async(src: string) => src.endsWith('baked.png') ? report('verified') : null),
    };
    expect(annotateCv(doc, checks)).toBe(1); // the credential links; images count once they are credentials
    expect(checks.verify).toHaveBeenCalledWith(EDU, 'en');
    expect(checks.verifyImage.mock.calls.map(([src]) => src)).toEqual(['https://fenna.example.org/b/baked.png', 'https://fenna.example.org/b/plain.png']);
    const annotations = () => [...doc.querySelectorAll('[data-credential-verdict]')]
      .map(host => [host.getAttribute('data-credential-url'), host.getAttribute('data-credential-verdict'), host.previousElementSibling?.tagName]);
    await flush();
    expect(annotations()).toEqual([[EDU, 'pending', 'A'], ['https://fenna.example.org/b/baked.png', 'verified', 'IMG']]);
    resolveLink(report('invalid'));
    await flush();
    expect(annotations()).toEqual([[EDU, 'invalid', 'A'], ['https://fenna.example.org/b/baked.png', 'verified', 'IMG']]);
    annotateCv(doc, checks);
    await flush();
    expect(annotations()).toHaveLength(2);
    expect(checks.verify).toHaveBeenCalledTimes(1);
    expect(checks.verifyImage).toHaveBeenCalledTimes(2);
  });

  test('JSON-LD-only credentials are checked (the popup lists them) but nothing is added to the page', async() => {
    const doc = page(`<script type="application/ld+json">{"@type":"Person","hasCredential":{"url":"${EDU}"}}</script><p>CV</p>`);
    const checks = {verify: vi.fn(async() => report('verified')), verifyImage: vi.fn(async() => null)};
    expect(annotateCv(doc, checks)).toBe(1);
    await flush();
    expect(checks.verify).toHaveBeenCalledWith(EDU, 'en');
    expect(doc.querySelectorAll('[data-credential-verdict]')).toHaveLength(0);
  });
});
