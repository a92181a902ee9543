import {readCapped} from '../util/bytes.js';
import {cleanUrl} from './clean-url.js';
import {NetError} from './net-error.js';
import {isPrivateHost} from './private-address.js';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface NetOptions {
  /** Default: `globalThis.fetch`, looked up at the moment of each request (contract §1). */
  fetch?: typeof fetch;
  offline?: boolean;
  allowPrivateNetwork?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface Fetched {
  /** The URL the document was finally served from, after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface Net {
  get(url: string, accept: string): Promise<Fetched>;
  getJson(url: string, accept?: string): Promise<{url: string; json: unknown}>;
  /** Throws a NetError unless this URL may be requested at all. */
  assertAllowed(url: string): URL;
}

export const JSON_ACCEPT = 'application/ld+json, application/json;q=0.9, */*;q=0.1';

/**
 * The one network layer every check uses: https only, private addresses refused, a time limit
 * and a size cap on every response, personal query parameters dropped, redirects followed by
 * hand so every hop is checked, one cache per verification run, and all of it abortable.
 */
export function createNet(options: NetOptions = {}): Net {
  const cache = new Map<string, Promise<Fetched>>();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  function assertAllowed(raw: string): URL {
    let url: URL;
    try {
      url = cleanUrl(new URL(raw));
    } catch {
      throw new NetError('network_error', String(raw).slice(0, 200), 'not a valid URL');
    }
    if(options.offline) {
      throw new NetError('offline', url.href, 'offline mode: no network requests');
    }
    const privateHost = isPrivateHost(url.hostname);
    if(privateHost && !options.allowPrivateNetwork) {
      throw new NetError('private_network_blocked', url.href, `refusing to contact the private address ${url.hostname}`);
    }
    const loopbackHttp = url.protocol === 'http:' && privateHost && options.allowPrivateNetwork;
    if(url.protocol !== 'https:' && !loopbackHttp) {
      throw new NetError('network_error', url.href, `only https URLs are fetched, not ${url.protocol}`);
    }
    if(url.username || url.password) {
      throw new NetError('network_error', url.href, 'URLs with credentials are not fetched');
    }
    url.hash = '';
    return url;
  }

  async function request(start: URL, accept: string): Promise<Fetched> {
    if(options.signal?.aborted) {
      // An 'abort' listener added now would never fire: refuse before anything is sent.
      throw new NetError('network_error', start.href, 'the verification was cancelled');
    }
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    options.signal?.addEventListener('abort', onAbort, {once: true});
    try {
      let url = start;
      for(let hop = 0; ; hop++) {
        const response = await untilAborted(send(url, accept, timeout.signal, 'manual'), timeout.signal);
        const location = response.headers.get('location');
        if(response.status >= 300 && response.status < 400 && location) {
          if(hop >= MAX_REDIRECTS) {
            throw new NetError('network_error', url.href, 'too many redirects');
          }
          url = assertAllowed(new URL(location, url).href);
          continue;
        }
        // A browser hides where a redirect goes (an "opaqueredirect"); there we let the browser
        // follow it and rely on its own private-network protections (design.md rule 4).
        const final = response.type === 'opaqueredirect' ?
          await untilAborted(send(url, accept, timeout.signal, 'follow'), timeout.signal) : response;
        return await read(final, url, timeout.signal, maxBytes);
      }
    } catch(error) {
      if(error instanceof NetError) {
        throw error;
      }
      if(options.signal?.aborted) {
        throw new NetError('network_error', start.href, 'the verification was cancelled');
      }
      if(timeout.signal.aborted) {
        throw new NetError('timeout', start.href, `no answer within ${timeoutMs} ms`);
      }
      throw new NetError('network_error', start.href, error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function send(url: URL, accept: string, signal: AbortSignal, redirect: RequestRedirect): Promise<Response> {
    const init: RequestInit = {
      headers: {accept}, redirect, signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store',
    };
    // Looked up per request so tests (and the CLI's NODE_OPTIONS hooks) can replace it. Called as a
    // plain function: a browser's `window.fetch` throws "Illegal invocation" when called as `options.fetch(…)`.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    return fetchImpl(url.href, init);
  }

  async function get(raw: string, accept: string): Promise<Fetched> {
    const url = assertAllowed(raw);
    const key = `${accept}\n${url.href}`;
    let pending = cache.get(key);
    if(!pending) {
      pending = request(url, accept);
      cache.set(key, pending);
    }
    return pending;
  }

  async function getJson(raw: string, accept = JSON_ACCEPT): Promise<{url: string; json: unknown}> {
    const fetched = await get(raw, accept);
    try {
      return {url: fetched.url, json: JSON.parse(new TextDecoder().decode(fetched.bytes))};
    } catch {
      throw new NetError('network_error', fetched.url, 'the response is not JSON');
    }
  }

  return {get, getJson, assertAllowed};
}

async function read(response: Response, url: URL, signal: AbortSignal, maxBytes: number): Promise<Fetched> {
  if(response.status === 404 || response.status === 410) {
    throw new NetError('not_found', url.href, `HTTP ${response.status}`, response.status);
  }
  if(!response.ok) {
    throw new NetError('network_error', url.href, `HTTP ${response.status}`, response.status);
  }
  const declared = Number(response.headers.get('content-length'));
  if(declared > maxBytes) {
    throw new NetError('too_large', url.href, `the response is larger than ${maxBytes} bytes`);
  }
  // Raced against the signal: a body whose source stalls must still end at the time limit,
  // whatever fetch produced it.
  const bytes = response.body ? await readCapped(response.body, maxBytes, read => untilAborted(read, signal)) : new Uint8Array(0);
  if(bytes === null) {
    throw new NetError('too_large', url.href, `the response is larger than ${maxBytes} bytes`);
  }
  return {url: response.url || url.href, contentType: response.headers.get('content-type') ?? '', bytes};
}

/** Settles as `promise` does, or rejects as soon as `signal` aborts, even if `promise` never settles. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, {once: true});
    if(signal.aborted) {
      onAbort();
    }
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
