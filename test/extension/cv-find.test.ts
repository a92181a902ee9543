import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {findCvCredentials} from '../../extension/cv/find.js';
import {bakedImageCandidates, MAX_IMAGES} from '../../extension/cv/images.js';
import {hasCredentialUrls, MAX_JSON_LD_CHARS} from '../../extension/cv/json-ld.js';
import {loadView, PAGES, parseView} from './pages.js';

const CV = JSON.parse(readFileSync(new URL('expected.json', PAGES), 'utf8'))['cv-personal-site.html'] as {
  entries: {title: string; url?: string | null; image?: string; kind: string; credly_embed_badge_id?: string}[];
  jsonld_hasCredential_urls: string[];
};
const BASE = 'https://www.linkedin.com/in/fenna-oosterbeek/'; // where pages.ts parses the fixture
const found = (html: string) => findCvCredentials(parseView(html)).map(({kind, url, element}) => [kind, url, element?.tagName]);

describe('findCvCredentials on the saved CV page (expected.json)', () => {
  const candidates = findCvCredentials(loadView('cv-personal-site.html'));

  test('every recognised link once, personal parameters dropped; the baked-image candidate; unknown hosts, the embed duplicate, the QR code and the no-URL entry left out', () => {
    expect(candidates.map(({kind, url, element}) => [kind, url, element?.tagName])).toEqual([
      ['link', 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA', 'A'],
      ['link', 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/public_url', 'A'],
      ['link', 'https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'A'],
      ['link', 'https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.html', 'A'],
      ['link', 'https://www.coursera.org/account/accomplishments/verify/K7QW2ZP9LM3D', 'A'],
      ['image', `${BASE}badges/fair-data-champion-baked.png`, 'IMG'],
    ]);
  });

  test('the counts agree with expected.json', () => {
    const recognised = CV.entries.filter(entry => entry.url && /^recognised(-non-openbadge)?$/.test(entry.kind));
    const baked = CV.entries.filter(entry => entry.kind === 'baked-image-candidate');
    expect(candidates.filter(candidate => candidate.kind === 'link')).toHaveLength(recognised.length); // the embed is one of them
    expect(candidates.filter(candidate => candidate.kind === 'image').map(candidate => candidate.url))
      .toEqual(baked.map(entry => new URL(entry.image as string, BASE).href));
    expect(CV.entries.find(entry => entry.credly_embed_badge_id)?.kind).toBe('recognised');
    // Both JSON-LD entries are links on the page too: found, and not twice.
    expect(hasCredentialUrls(loadView('cv-personal-site.html').querySelector('script[type="application/ld+json"]')?.textContent ?? ''))
      .toEqual(CV.jsonld_hasCredential_urls);
    expect(candidates.map(candidate => candidate.url)).toEqual(expect.arrayContaining(CV.jsonld_hasCredential_urls));
  });

  test('no text of the page in any candidate: URLs only', () => {
    for(const {url} of candidates) {
      expect(new URL(url).protocol).toBe('https:');
      expect(url).not.toContain('fenna%40');
    }
  });
});

describe('embeds, JSON-LD and images on other pages', () => {
  test.each([
    ['a Credly embed alone (before its script ran)', '<div data-share-badge-id="f71e36e3-f532-4953-a80e-fc58fb4ea418" data-share-badge-host="https://www.credly.com"></div>',
      [['link', 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418', 'DIV']]],
    ['a Credly embed after a link to the same badge: one', '<a href="https://www.credly.com/badges/F71E36E3-F532-4953-A80E-FC58FB4EA418">x</a><div data-share-badge-id="f71e36e3-f532-4953-a80e-fc58fb4ea418"></div>',
      [['link', 'https://www.credly.com/badges/F71E36E3-F532-4953-A80E-FC58FB4EA418', 'A']]],
    ['a Badgr embed iframe → the assertion', '<iframe src="https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw?embedVersion=1&embedWidth=300"></iframe>',
      [['link', 'https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'IFRAME']]],
    ['a Badgr blockquote embed (its link)', '<blockquote class="badgr-badge"><a href="https://api.eu.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw">Metadata</a></blockquote>',
      [['link', 'https://api.eu.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'A']]],
    ['an assertion image names its assertion: checked as a link, not fetched as an image', '<img src="https://api.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA/image" alt="badge">',
      [['link', 'https://api.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA', 'IMG']]],
    ['JSON-LD hasCredential alone (objects and strings), nested in a graph', '<script type="application/ld+json">{"@graph":[{"@type":"Person","hasCredential":[{"url":"https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA"},"https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw",{"@id":"https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.json"}]}]}</script>',
      [['link', 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA', undefined], ['link', 'https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', undefined],
        ['link', 'https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.json', undefined]]],
    ['broken JSON-LD, a private address, an unknown host', '<script type="application/ld+json">{oops</script><a href="https://192.168.1.2/public/assertions/MFC2lxoaSzKRR8GFe0W2tw">x</a><a href="https://example.org/badge">y</a>', []],
    ['JSON-LD in a plain script is never read', '<script>({"hasCredential":"https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA"})</script>', []],
  ])('%s', (_name, html, expected) => {
    expect(found(html)).toEqual(expected);
  });

  test('a JSON-LD block over the size limit is not parsed', () => {
    const entry = '{"url":"https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA"}';
    const padding = ' '.repeat(MAX_JSON_LD_CHARS);
    expect(hasCredentialUrls(`{"hasCredential":[${entry}]}`)).toHaveLength(1);
    expect(hasCredentialUrls(`{"hasCredential":[${entry}]}${padding}`)).toEqual([]);
  });
});

describe('baked-image candidates', () => {
  const sources = (html: string) => bakedImageCandidates(parseView(html)).map(candidate => candidate.url);

  test.each([
    ['a PNG inside a link', '<a href="/x"><img src="https://cdn.example.net/a.png"></a>', ['https://cdn.example.net/a.png']],
    ['an SVG with badge words in its alt (Dutch too)', '<img src="/b/cert.svg" alt="Mijn certificaat">', [`${new URL('/b/cert.svg', BASE).href}`]],
    ['badge words in the file name or the figure', '<img src="https://x.example/open-badge.png"><figure class="badge"><img src="https://x.example/p.png"></figure>',
      ['https://x.example/open-badge.png', 'https://x.example/p.png']],
    ['a JPEG, a photo, a QR code, a data: URL, http, a private host', `<img src="https://x.example/badge.jpg"><img src="https://x.example/me.png" alt="Portrait">
      <a href="/y"><img src="https://x.example/qr-code.png"></a><img src="https://x.example/b.png" alt="QR code for my badge">
      <img src="data:image/png;base64,iVBORw0KGgo=" alt="badge"><img src="http://x.example/badge.png"><img src="https://10.0.0.2/badge.png">`, []],
    ['the same source twice: one', '<a href="/1"><img src="https://x.example/b.png"></a><a href="/2"><img src="https://x.example/b.png#x"></a>', ['https://x.example/b.png']],
  ])('%s', (_name, html, expected) => {
    expect(sources(html)).toEqual(expected);
  });

  test(`at most ${MAX_IMAGES} per page`, () => {
    const html = Array.from({length: 50}, (_, i) => `<img src="https://x.example/badge-${i}.png">`).join('');
    expect(sources(html)).toHaveLength(MAX_IMAGES);
    expect(sources(html)[0]).toBe('https://x.example/badge-0.png');
  });
});
