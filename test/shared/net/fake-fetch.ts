// Shared by the fetcher's test files: an injected fetch the test answers, and readers of its errors.
import {expect, vi} from 'vitest';
import {NetError, type NetErrorCode} from '../../../shared/net/net-error.js';

export type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** An injected fetch: the test decides every answer, nothing reaches the network. */
export function fakeFetch(handler: Handler = () => json({ok: true})) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})));
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {...init, headers: {'content-type': 'application/json', ...init.headers}});
}

export function redirect(location: string, status = 302): Response {
  return new Response(null, {status, headers: {location}});
}

/** Runs `promise` to its rejection and returns the NetError (fails the test for anything else). */
export async function netError(promise: Promise<unknown>): Promise<NetError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(NetError);
  return error as NetError;
}

export async function expectCode(promise: Promise<unknown>, code: NetErrorCode): Promise<NetError> {
  const error = await netError(promise);
  expect(error.code).toBe(code);
  return error;
}

/** A fetch that never answers, but gives up (as fetch does) when its signal aborts. */
export function hangingFetch() {
  return vi.fn((_input: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')));
  }));
}

/** A body of `size` bytes in chunks of `chunk`, without a content-length. */
export function streamOf(size: number, chunk = 64 * 1024) {
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

export const URL_A = 'https://issuer.example/a.json';
