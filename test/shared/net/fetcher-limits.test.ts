import {afterEach, describe, expect, test, vi} from 'vitest';
import {createNet, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';
import {fakeFetch, redirect, netError, expectCode, hangingFetch, streamOf, URL_A} from './fake-fetch.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
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
