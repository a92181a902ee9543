import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import {startBackground, type BackgroundApi} from '../../extension/background/index.js';
import {fetchBakedImage, MAX_IMAGE_BYTES} from '../../extension/cv/fetch-image.js';
import {fixtureFetch, readFixture} from '../helpers/fixture-fetch.js';
import {iTXt, png, tEXt} from '../helpers/png.js';

const ID = 'BKNLQoR4QHqKluSOOj1dlA';
const ASSERTION = readFixture('quality/edubadges-micro-hbo-expanded.json').replaceAll('hboMicroAssertion0001A', ID);
/** The edubadges API the baked assertion points to (its id), as in e2e-harness.ts. */
const API = {
  [`https://api.edubadges.nl/public/assertions/${ID}?expand=badge&expand=badge.issuer`]: ASSERTION,
  'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': readFixture('quality/edubadges-micro-hbo-badgeclass-micro.json'),
};
const BAKED = 'https://fenna.example.org/badges/champion.png';
const PLAIN = 'https://fenna.example.org/badges/plain.png';
const PAGE = 'https://fenna.example.org/badges/page.png';
const image = (bytes: Uint8Array, type = 'image/png') => () => new Response(bytes.slice(), {headers: {'content-type': type}});
const TAB = {tab: {id: 7}, url: 'https://fenna.example.org/'};
const POPUP = {url: fakeBrowser.runtime.getURL('/popup.html')};
const send = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender).then(answers => answers.find(answer => answer !== undefined));

let fetch: ReturnType<typeof fixtureFetch>;
beforeEach(() => {
  fakeBrowser.reset();
  fetch = fixtureFetch({
    ...API,
    [BAKED]: image(png(iTXt('openbadges', ASSERTION))), // OB 2.0 baking: the assertion JSON in an iTXt chunk
    [PLAIN]: image(png()),
    [PAGE]: () => new Response('<!doctype html><title>Not found</title>', {headers: {'content-type': 'text/html'}}),
  });
  vi.stubGlobal('fetch', fetch); // the background's default: the core with the browser's fetch
  startBackground(fakeBrowser as unknown as BackgroundApi);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('verify-image: the any-page scan\'s baked badges, checked by the background', () => {
  test('a baked OB 2.0 PNG: fetched, unbaked, its hosted assertion verified; listed for the popup; cached', async() => {
    const report = await send({type: 'verify-image', src: BAKED, lang: 'en'}, TAB) as {verdict: string; input: string};
    expect(report).toMatchObject({verdict: 'verified', input: BAKED});
    expect(fetch.calls).toEqual([BAKED, ...Object.keys(API)]);
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, POPUP)).toEqual([{url: BAKED, report}]);
    expect(await send({type: 'verify-image', src: BAKED, lang: 'en'}, {tab: {id: 8}, url: TAB.url})).toEqual(report);
    expect(fetch.calls).toHaveLength(3);
  });

  test('an image without a baked credential, or an HTML page at the image URL: null, not listed, not fetched twice', async() => {
    for(const src of [PLAIN, PAGE, PLAIN, PAGE]) {
      expect(await send({type: 'verify-image', src, lang: 'en'}, TAB)).toBeNull();
    }
    expect(fetch.calls).toEqual([PLAIN, PAGE]);
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, POPUP)).toEqual([]);
  });

  test.each([
    ['http', 'http://fenna.example.org/badges/champion.png'],
    ['a private address', 'https://192.168.2.1/badge.png'],
    ['localhost', 'https://localhost/badge.png'],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo='],
    ['user:password', 'https://me:secret@fenna.example.org/badge.png'],
    ['a fragment (not the URL as the finder sends it)', `${BAKED}#x`],
    ['an oversized URL', `${BAKED}?${'x'.repeat(3000)}`],
  ])('%s: null without a request', async(_why, src) => {
    expect(await send({type: 'verify-image', src, lang: 'en'}, TAB) ?? null).toBeNull();
    expect(fetch.calls).toEqual([]);
  });

  test('only content scripts send it; the popup cannot', async() => {
    expect(await send({type: 'verify-image', src: BAKED, lang: 'en'}, POPUP)).toBeUndefined();
    expect(fetch.calls).toEqual([]);
  });
});

describe('fetchBakedImage', () => {
  test('an OB 3.0 SVG is returned; a JPEG, a broken PNG and an oversized image are not', async() => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA[{"type":["VerifiableCredential"]}]]></openbadges:credential></svg>';
    const broken = png(iTXt('openbadges', ASSERTION)).slice(0, 60);
    const local = fixtureFetch({
      'https://x.example/a.svg': () => new Response(svg, {headers: {'content-type': 'image/svg+xml'}}),
      'https://x.example/a.jpg': image(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg'),
      'https://x.example/broken.png': image(broken),
      'https://x.example/legacy.png': image(png(tEXt('openbadges', `https://api.edubadges.nl/public/assertions/${ID}`))),
      'https://x.example/huge.png': () => new Response(png().slice(), {headers: {'content-length': String(MAX_IMAGE_BYTES + 1)}}),
    });
    expect(new TextDecoder().decode(await fetchBakedImage('https://x.example/a.svg', local) ?? undefined)).toBe(svg);
    expect(await fetchBakedImage('https://x.example/legacy.png', local)).toBeInstanceOf(Uint8Array); // OB 2.0 legacy: the assertion URL
    for(const name of ['a.jpg', 'broken.png', 'huge.png']) {
      expect(await fetchBakedImage(`https://x.example/${name}`, local)).toBeNull();
    }
  });
});
