import {afterEach, describe, expect, test, vi} from 'vitest';
import {createNet, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, JSON_ACCEPT, type NetOptions} from '../../../shared/net/fetcher.js';
import {NetError, type NetErrorCode} from '../../../shared/net/net-error.js';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** An injected fetch: the test decides every answer, nothing reaches the network. */
function fakeFetch(handler: Handler = () => json({ok: true})) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})));
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {...init, headers: {'content-type': 'application/json', ...init.headers}});
}

function redirect(location: string, status = 302): Response {
  return new Response(null, {status, headers: {location}});
}

/** Runs `promise` to its rejection and returns the NetError (fails the test for anything else). */
async function netError(promise: Promise<unknown>): Promise<NetError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(NetError);
  return error as NetError;
}

async function expectCode(promise: Promise<unknown>, code: NetErrorCode): Promise<NetError> {
  const error = await netError(promise);
  expect(error.code).toBe(code);
  return error;
}

/** A fetch that never answers, but gives up (as fetch does) when its signal aborts. */
function hangingFetch() {
  return vi.fn((_input: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')));
  }));
}

/** A body of `size` bytes in chunks of `chunk`, without a content-length. */
function streamOf(size: number, chunk = 64 * 1024) {
  let sent = 0;
  const cancel = vi.fn();
  const pulled = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled();
      if(sent >= size) {
        controller.close();
        return;
      }
      const n = Math.min(chunk, size - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
    cancel,
  }, {highWaterMark: 0}); // nothing is produced until someone reads
  return {body, cancel, pulled, sentBytes: () => sent};
}

const URL_A = 'https://issuer.example/a.json';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('assertAllowed: which URLs may be requested at all', () => {
  const net = createNet({fetch: fakeFetch()});

  test('an https URL is allowed, without its fragment and without tracking parameters', () => {
    expect(net.assertAllowed('https://issuer.example/doc?id=1&utm_source=li#key-1').href).toBe('https://issuer.example/doc?id=1');
  });

  test.each([
    'http://issuer.example/doc',
    'ftp://issuer.example/doc',
    'ws://issuer.example/doc',
  ])('%s is refused: https only', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
    expect(() => createNet({allowPrivateNetwork: true}).assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test.each([
    'file:///etc/passwd',
    'data:application/json,{}',
    'javascript:alert(1)',
  ])('%s is refused, also with allowPrivateNetwork', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(NetError);
    expect(() => createNet({allowPrivateNetwork: true}).assertAllowed(url)).toThrow(NetError);
  });

  test.each(['not a url', '', '/relative/path', 'https://'])('%j is refused as not a URL', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test('a URL carrying a user name or password is refused', () => {
    expect(() => net.assertAllowed('https://user:secret@issuer.example/')).toThrow(expect.objectContaining({code: 'network_error'}));
    expect(() => net.assertAllowed('https://user@issuer.example/')).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test.each([
    'https://localhost/',
    'https://localhost./',
    'https://foo.localhost/',
    'https://printer.local/',
    'https://intranet/',
    'https://127.0.0.1/',
    'https://127.1.2.3:8443/',
    'https://10.1.2.3/',
    'https://172.16.0.1/',
    'https://192.168.1.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://0177.0.0.1/',
    'https://[::1]/',
    'https://[::]/',
    'https://[fe80::1]/',
    'https://[fc00::1]/',
    'https://[fd12:3456::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:10.0.0.1]/',
    'http://127.0.0.1/',
    'http://localhost:8080/',
  ])('%s is refused with private_network_blocked', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'private_network_blocked'}));
  });

  test('with allowPrivateNetwork, loopback and private addresses are allowed, over https and plain http', () => {
    const open = createNet({allowPrivateNetwork: true});
    expect(open.assertAllowed('https://localhost:8443/did.json').href).toBe('https://localhost:8443/did.json');
    expect(open.assertAllowed('http://127.0.0.1:3000/x').href).toBe('http://127.0.0.1:3000/x');
    expect(open.assertAllowed('http://[::1]:3000/x').href).toBe('http://[::1]:3000/x');
    expect(open.assertAllowed('http://192.168.1.10/x').href).toBe('http://192.168.1.10/x');
  });

  test('offline refuses every URL with code offline, public or private', () => {
    const offline = createNet({offline: true, allowPrivateNetwork: true});
    expect(() => offline.assertAllowed('https://issuer.example/')).toThrow(expect.objectContaining({code: 'offline'}));
    expect(() => offline.assertAllowed('http://127.0.0.1/')).toThrow(expect.objectContaining({code: 'offline'}));
  });

  test('the error names the refused URL', () => {
    try {
      net.assertAllowed('https://169.254.169.254/latest');
      expect.unreachable();
    } catch(error) {
      expect(error).toBeInstanceOf(NetError);
      expect((error as NetError).url).toBe('https://169.254.169.254/latest');
    }
  });
});

describe('get: refused URLs are never requested', () => {
  test.each([
    ['https://127.0.0.1/x', {}, 'private_network_blocked'],
    ['https://[::1]/x', {}, 'private_network_blocked'],
    ['https://localhost/x', {}, 'private_network_blocked'],
    ['http://issuer.example/x', {}, 'network_error'],
    ['http://issuer.example/x', {allowPrivateNetwork: true}, 'network_error'],
    ['https://issuer.example/x', {offline: true}, 'offline'],
  ] as const)('%s with %j → %s, zero fetch calls', async(url, options: NetOptions, code) => {
    const fetch = fakeFetch();
    await expectCode(createNet({...options, fetch}).get(url, '*/*'), code);
    expect(fetch).not.toHaveBeenCalled();
  });
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

describe('get: time limit', () => {
  test('a server that never answers ends with code timeout after timeoutMs', async() => {
    const fetch = hangingFetch();
    const started = Date.now();
    await expectCode(createNet({fetch, timeoutMs: 50}).get(URL_A, '*/*'), 'timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fetch.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  test(`the default time limit is ${DEFAULT_TIMEOUT_MS} ms`, async() => {
    expect(DEFAULT_TIMEOUT_MS).toBe(5000);
    vi.useFakeTimers();
    const fetch = hangingFetch();
    let settled: unknown = 'pending';
    const done = createNet({fetch}).get(URL_A, '*/*').then(() => 'resolved', (error: unknown) => error);
    void done.then(value => settled = value);
    await vi.advanceTimersByTimeAsync(4990);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBeInstanceOf(NetError);
    expect((settled as NetError).code).toBe('timeout');
  });

  test('a fetch that ignores its abort signal still ends with timeout', async() => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    await expectCode(createNet({fetch, timeoutMs: 50}).get(URL_A, '*/*'), 'timeout');
  });

  test('a body that trickles forever ends with timeout (the limit covers reading, not only the headers)', async() => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise(resolve => setTimeout(resolve, 5));
        controller.enqueue(new Uint8Array([0x20]));
      },
      cancel,
    });
    const net = createNet({fetch: fakeFetch(() => new Response(body)), timeoutMs: 100});
    await expectCode(net.get(URL_A, '*/*'), 'timeout');
    expect(cancel).toHaveBeenCalled();
  });

  test('a body that stalls (never sends another byte) ends with timeout', async() => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
      },
      pull: () => new Promise<void>(() => {}),
      cancel,
    });
    const net = createNet({fetch: fakeFetch(() => new Response(body)), timeoutMs: 50});
    await expectCode(net.get(URL_A, '*/*'), 'timeout');
    expect(cancel).toHaveBeenCalled();
  });

  test('the time limit covers the whole chain of redirects', async() => {
    vi.useFakeTimers();
    let hop = 0;
    const fetch = vi.fn(async(_input: RequestInfo | URL, init?: RequestInit) => {
      await new Promise(resolve => setTimeout(resolve, 30));
      if(init?.signal?.aborted) {
        throw new DOMException('aborted', 'AbortError');
      }
      hop++;
      return redirect(`https://issuer.example/hop${hop}`);
    });
    const result = createNet({fetch, timeoutMs: 100}).get(URL_A, '*/*').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(200);
    const error = await result;
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe('timeout');
    expect(fetch.mock.calls.length).toBeLessThanOrEqual(4);
  });
});

describe('get: size cap', () => {
  test(`the default cap is 2 MiB (${DEFAULT_MAX_BYTES} bytes)`, () => {
    expect(DEFAULT_MAX_BYTES).toBe(2 * 1024 * 1024);
  });

  test('a declared Content-Length over the cap → too_large, before the body is read', async() => {
    const stream = streamOf(10);
    const fetch = fakeFetch(() => new Response(stream.body, {headers: {'content-length': String(DEFAULT_MAX_BYTES + 1)}}));
    await expectCode(createNet({fetch}).get(URL_A, '*/*'), 'too_large');
    expect(stream.sentBytes()).toBe(0);
  });

  test('a Content-Length of exactly the cap is accepted', async() => {
    const fetch = fakeFetch(() => new Response('x'.repeat(100), {headers: {'content-length': '100'}}));
    const fetched = await createNet({fetch, maxBytes: 100}).get(URL_A, '*/*');
    expect(fetched.bytes.byteLength).toBe(100);
  });

  test('a streamed body without Content-Length is cut off at the default cap → too_large, and the stream is cancelled', async() => {
    const stream = streamOf(DEFAULT_MAX_BYTES * 4);
    await expectCode(createNet({fetch: fakeFetch(() => new Response(stream.body))}).get(URL_A, '*/*'), 'too_large');
    expect(stream.cancel).toHaveBeenCalled();
    expect(stream.sentBytes()).toBeLessThanOrEqual(DEFAULT_MAX_BYTES + 2 * 64 * 1024);
  });

  test('a streamed body one byte over maxBytes → too_large; exactly maxBytes is fine', async() => {
    const over = streamOf(1025, 100);
    await expectCode(createNet({fetch: fakeFetch(() => new Response(over.body)), maxBytes: 1024}).get(URL_A, '*/*'), 'too_large');
    const exact = streamOf(1024, 100);
    const fetched = await createNet({fetch: fakeFetch(() => new Response(exact.body)), maxBytes: 1024}).get(URL_A, '*/*');
    expect(fetched.bytes.byteLength).toBe(1024);
  });

  test('a Content-Length that understates the body does not lift the cap', async() => {
    const stream = streamOf(5000, 500);
    const fetch = fakeFetch(() => new Response(stream.body, {headers: {'content-length': '10'}}));
    await expectCode(createNet({fetch, maxBytes: 1000}).get(URL_A, '*/*'), 'too_large');
  });
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

describe('get: the caller can cancel', () => {
  test('aborting the outer signal ends a pending request at once, and aborts the fetch', async() => {
    const fetch = hangingFetch();
    const controller = new AbortController();
    const pending = createNet({fetch, signal: controller.signal, timeoutMs: 60_000}).get(URL_A, '*/*');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    const error = await netError(pending);
    expect(error.code).toBe('network_error');
    expect(error.message).toContain('cancelled');
    expect(fetch.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  test('a signal that is already aborted makes no request at all', async() => {
    const fetch = fakeFetch();
    const net = createNet({fetch, signal: AbortSignal.abort()});
    await netError(net.get(URL_A, '*/*'));
    expect(fetch).not.toHaveBeenCalled();
  });

  test('aborting while the body is being read ends the request', async() => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1]));
        setTimeout(() => controller.abort(), 10);
      },
      pull: () => new Promise<void>(() => {}),
    });
    const net = createNet({fetch: fakeFetch(() => new Response(body)), signal: controller.signal, timeoutMs: 60_000});
    const error = await netError(net.get(URL_A, '*/*'));
    expect(error.code).toBe('network_error');
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
