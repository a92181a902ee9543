import {afterEach, describe, expect, test, vi} from 'vitest';
import {createNet, JSON_ACCEPT} from '../../../shared/net/fetcher.js';
import {fakeFetch, json, expectCode, URL_A} from './fake-fetch.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('get: a successful request', () => {
  test('returns the bytes, the content type and the URL, and asks with the given accept header', async() => {
    const fetch = fakeFetch(() => new Response('hello', {headers: {'content-type': 'text/plain'}}));
    const fetched = await createNet({fetch}).get('https://issuer.example/doc#frag', 'text/plain');
    expect(new TextDecoder().decode(fetched.bytes)).toBe('hello');
    expect(fetched.contentType).toBe('text/plain');
    expect(fetched.url).toBe('https://issuer.example/doc');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('https://issuer.example/doc');
    expect(new Headers(init?.headers).get('accept')).toBe('text/plain');
    expect(init?.redirect).toBe('manual');
    expect(init?.credentials).toBe('omit');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  test('requests the URL without personal parameters (identity__email never leaves the machine)', async() => {
    const fetch = fakeFetch();
    await createNet({fetch}).get('https://issuer.example/a?identity__email=jan%40example.nl&id=9&trk=x', '*/*');
    expect(fetch.mock.calls[0][0]).toBe('https://issuer.example/a?id=9');
  });

  test('an empty body gives zero bytes', async() => {
    const fetched = await createNet({fetch: fakeFetch(() => new Response(null, {status: 200}))}).get(URL_A, '*/*');
    expect(fetched.bytes).toEqual(new Uint8Array(0));
    expect(fetched.contentType).toBe('');
  });

  test('getJson parses the body and asks for JSON-LD or JSON by default', async() => {
    const fetch = fakeFetch(() => json({id: 'did:web:issuer.example'}));
    const result = await createNet({fetch}).getJson(URL_A);
    expect(result).toEqual({url: URL_A, json: {id: 'did:web:issuer.example'}});
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('accept')).toBe(JSON_ACCEPT);
  });

  test('getJson refuses a body that is not JSON with network_error', async() => {
    const net = createNet({fetch: fakeFetch(() => new Response('<html>not json</html>'))});
    await expectCode(net.getJson(URL_A), 'network_error');
  });
});

describe('get: HTTP errors', () => {
  test.each([
    [404, 'not_found'],
    [410, 'not_found'],
    [400, 'network_error'],
    [401, 'network_error'],
    [403, 'network_error'],
    [500, 'network_error'],
    [503, 'network_error'],
  ] as const)('HTTP %i → %s, with the status kept', async(status, code) => {
    const error = await expectCode(createNet({fetch: fakeFetch(() => new Response('x', {status}))}).get(URL_A, '*/*'), code);
    expect(error.httpStatus).toBe(status);
    expect(error.url).toBe(URL_A);
  });

  test('a 3xx without a Location is an error, not a success', async() => {
    await expectCode(createNet({fetch: fakeFetch(() => new Response(null, {status: 302}))}).get(URL_A, '*/*'), 'network_error');
  });

  test('a fetch that rejects (DNS, TLS, connection reset) → network_error', async() => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('fetch failed')));
    const error = await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'network_error');
    expect(error.message).toContain('fetch failed');
  });

  test('a fetch that throws synchronously → network_error, not a crash', async() => {
    const fetch = vi.fn(() => {
      throw new TypeError('boom');
    });
    await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'network_error');
  });
});

describe('get: one cache per createNet instance', () => {
  test('the same URL asked twice is fetched once', async() => {
    const fetch = fakeFetch(() => json({n: Math.random()}));
    const net = createNet({fetch});
    const first = await net.getJson(URL_A);
    const second = await net.getJson(URL_A);
    expect(second).toEqual(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('concurrent requests for the same URL share one fetch', async() => {
    const fetch = fakeFetch(() => json(1));
    const net = createNet({fetch});
    await Promise.all([net.get(URL_A, '*/*'), net.get(URL_A, '*/*'), net.get(URL_A, '*/*')]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('URLs that differ only in fragment or tracking parameters are one request', async() => {
    const fetch = fakeFetch(() => json(1));
    const net = createNet({fetch});
    await net.get(URL_A, '*/*');
    await net.get(`${URL_A}#key-1`, '*/*');
    await net.get(`${URL_A}?utm_source=linkedin`, '*/*');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('different URLs, or the same URL with a different accept header, are separate requests', async() => {
    const fetch = fakeFetch(() => json(1));
    const net = createNet({fetch});
    await net.get(URL_A, '*/*');
    await net.get('https://issuer.example/b.json', '*/*');
    await net.get(URL_A, 'application/json');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test('a failure is remembered for the run too: no second request', async() => {
    const fetch = fakeFetch(() => new Response('gone', {status: 404}));
    const net = createNet({fetch});
    await expectCode(net.get(URL_A, '*/*'), 'not_found');
    await expectCode(net.get(URL_A, '*/*'), 'not_found');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('two instances do not share a cache', async() => {
    const fetch = fakeFetch(() => json(1));
    await createNet({fetch}).get(URL_A, '*/*');
    await createNet({fetch}).get(URL_A, '*/*');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('which fetch is used', () => {
  test('the fetch option, when given; globalThis.fetch is not touched', async() => {
    const global = vi.fn(() => Promise.resolve(json('global')));
    vi.stubGlobal('fetch', global);
    const fetch = fakeFetch(() => json('injected'));
    expect((await createNet({fetch}).getJson(URL_A)).json).toBe('injected');
    expect(global).not.toHaveBeenCalled();
  });

  test('otherwise globalThis.fetch, looked up at request time: replacing it after createNet() takes effect', async() => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(json('before'))));
    const net = createNet();
    const replacement = vi.fn(() => Promise.resolve(json('after')));
    vi.stubGlobal('fetch', replacement);
    expect((await net.getJson(URL_A)).json).toBe('after');
    expect(replacement).toHaveBeenCalledTimes(1);
  });

  test('the injected fetch is called as a plain function, as browsers require of window.fetch', async() => {
    // In a browser, `({fetch: window.fetch}).fetch(url)` throws "Illegal invocation".
    const receivers: unknown[] = [];
    const fetch = vi.fn(function(this: unknown) {
      receivers.push(this);
      if(this !== undefined && this !== globalThis) {
        return Promise.reject(new TypeError('Illegal invocation'));
      }
      return Promise.resolve(json('ok'));
    });
    expect((await createNet({fetch}).getJson(URL_A)).json).toBe('ok');
    expect(receivers).toHaveLength(1);
  });
});
