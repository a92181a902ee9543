import {afterEach, describe, expect, test, vi} from 'vitest';
import {createNet} from '../../../shared/net/fetcher.js';
import {fakeFetch, json, redirect, netError, expectCode, URL_A} from './fake-fetch.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('get: redirects are followed by hand, every hop checked', () => {
  test('follows a redirect to another https URL and reports where the document came from', async() => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('https://cdn.example/a.json', 301) : json({moved: true}));
    const result = await createNet({fetch}).getJson(URL_A);
    expect(result).toEqual({url: 'https://cdn.example/a.json', json: {moved: true}});
    expect(fetch.mock.calls.map(call => call[0])).toEqual([URL_A, 'https://cdn.example/a.json']);
    expect(fetch.mock.calls.every(call => call[1]?.redirect === 'manual')).toBe(true);
  });

  test.each([301, 302, 303, 307, 308])('follows status %i', async(status) => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('https://cdn.example/b', status) : json(1));
    expect((await createNet({fetch}).getJson(URL_A)).json).toBe(1);
  });

  test('a relative Location is resolved against the URL that answered', async() => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('../v2/a.json?utm_source=x') : json(2));
    const result = await createNet({fetch}).getJson(URL_A);
    expect(fetch.mock.calls[1][0]).toBe('https://issuer.example/v2/a.json');
    expect(result.url).toBe('https://issuer.example/v2/a.json');
  });

  test.each([
    'http://127.0.0.1/',
    'https://127.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'https://169.254.169.254/latest/meta-data/',
    'https://localhost/admin',
    'https://[::1]/',
    'https://[::ffff:169.254.169.254]/',
    'https://2130706433/',
    'https://10.0.0.5/',
    'https://printer.local/',
  ])('a redirect to %s is refused and never requested', async(target) => {
    const fetch = fakeFetch(url => url === URL_A ? redirect(target) : json('reached'));
    const error = await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'private_network_blocked');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error.url).toBe(new URL(target).href);
  });

  test('a redirect from https down to plain http is refused and never requested', async() => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('http://issuer.example/a.json') : json('reached'));
    await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'network_error');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a redirect to a non-web scheme is refused and never requested', async() => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('file:///etc/passwd') : json('reached'));
    await netError(createNet({fetch}).get(URL_A, '*/*'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a redirect to a private address is refused even after a public hop', async() => {
    const fetch = fakeFetch(url => url === URL_A ? redirect('https://cdn.example/x') :
      url === 'https://cdn.example/x' ? redirect('http://169.254.169.254/') : json('reached'));
    await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'private_network_blocked');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('in offline mode nothing is requested, so no redirect either', async() => {
    const fetch = fakeFetch(() => redirect('https://cdn.example/x'));
    await expectCode(createNet({fetch, offline: true}).get(URL_A, '*/*'), 'offline');
    expect(fetch).not.toHaveBeenCalled();
  });

  const chain = (hops: number) => fakeFetch(url => {
    const n = Number(new URL(url).searchParams.get('n') ?? 0);
    return n < hops ? redirect(`https://issuer.example/r?n=${n + 1}`) : json({hops: n});
  });

  test('follows up to 5 redirects', async() => {
    const fetch = chain(5);
    expect((await createNet({fetch}).getJson('https://issuer.example/r')).json).toEqual({hops: 5});
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  test('a 6th redirect is refused, and its target never requested', async() => {
    const fetch = chain(6);
    await expectCode(createNet({fetch}).get('https://issuer.example/r', '*/*'), 'network_error');
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  test('an endless redirect loop ends', async() => {
    const fetch = fakeFetch(() => redirect(URL_A));
    await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'network_error');
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  test('an opaqueredirect (what a browser gives for redirect: manual) is requested again with redirect: follow', async() => {
    const opaque = () => Object.defineProperties(new Response(null), {
      type: {value: 'opaqueredirect'}, status: {value: 0}, ok: {value: false},
    });
    const fetch = fakeFetch((_url, init) => init.redirect === 'manual' ? opaque() : json({followed: true}));
    const result = await createNet({fetch}).getJson(URL_A);
    expect(result.json).toEqual({followed: true});
    expect(fetch.mock.calls.map(call => call[1]?.redirect)).toEqual(['manual', 'follow']);
    expect(fetch.mock.calls.map(call => call[0])).toEqual([URL_A, URL_A]);
  });
});
