import {describe, expect, test} from 'vitest';
import {cleanUrl} from '../../../shared/net/clean-url.js';

const clean = (url: string) => cleanUrl(new URL(url)).href;
const BASE = 'https://api.edubadges.nl/public/assertions/abc';

describe('cleanUrl drops personal and tracking query parameters (design.md rule 6, contract §7)', () => {
  test.each([
    'trk', 'lipi', 'licu', 'source', 'fbclid', 'gclid', 'identity__email',
    'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_anything_else',
  ])('drops %s', (name) => {
    expect(clean(`${BASE}?${name}=x`)).toBe(BASE);
    expect(clean(`${BASE}?keep=1&${name}=x&also=2`)).toBe(`${BASE}?keep=1&also=2`);
  });

  test('drops the personal e-mail address LinkedIn appends, however it is encoded', () => {
    expect(clean(`${BASE}?identity__email=jan%40example.nl&trk=public_profile`)).toBe(BASE);
    expect(clean(`${BASE}?identity%5F%5Femail=jan%40example.nl`)).toBe(BASE);
  });

  test('drops every occurrence of a repeated parameter', () => {
    expect(clean(`${BASE}?utm_source=a&id=7&utm_source=b`)).toBe(`${BASE}?id=7`);
  });

  test.each([
    ['sources', 'a longer name that starts with a dropped one'],
    ['utm', '"utm" without the underscore'],
    ['xutm_source', 'a name that only contains utm_'],
    ['TRK', 'a different name (query names are case-sensitive)'],
    ['email', 'a generic name'],
    ['id', 'the parameter a hosted assertion may need'],
  ])('keeps %s (%s)', (name) => {
    expect(clean(`${BASE}?${name}=x`)).toBe(`${BASE}?${name}=x`);
  });

  test('leaves a URL without dropped parameters byte for byte as it was', () => {
    for(const url of [
      `${BASE}?q=a%20b&x=a+b&flag&path=a/b:c&list=1,2`,
      `${BASE}?`,
      `${BASE}#frag`,
      BASE,
    ]) {
      expect(clean(url)).toBe(new URL(url).href);
    }
  });

  test('keeps the other parameters byte for byte when it drops one (no re-encoding)', () => {
    // A signed or opaque query must reach the server as the issuer wrote it.
    expect(clean(`${BASE}?q=a%20b&utm_source=x`)).toBe(`${BASE}?q=a%20b`);
    expect(clean(`${BASE}?flag&trk=x`)).toBe(`${BASE}?flag`);
    expect(clean(`${BASE}?path=a/b:c&list=1,2&fbclid=x`)).toBe(`${BASE}?path=a/b:c&list=1,2`);
    expect(clean(`${BASE}?sig=abc%2Bdef%3D&gclid=x&exp=1`)).toBe(`${BASE}?sig=abc%2Bdef%3D&exp=1`);
    expect(clean(`${BASE}?a=1&&utm_medium=x&b=2`)).toBe(`${BASE}?a=1&&b=2`);
  });

  test('keeps the fragment, the path and the host', () => {
    expect(clean('https://Example.COM:8443/a/b/?utm_source=x#key-1')).toBe('https://example.com:8443/a/b/#key-1');
  });

  test('does not change the URL it was given', () => {
    const url = new URL(`${BASE}?utm_source=x`);
    const cleaned = cleanUrl(url);
    expect(url.href).toBe(`${BASE}?utm_source=x`);
    expect(cleaned).not.toBe(url);
  });
});
