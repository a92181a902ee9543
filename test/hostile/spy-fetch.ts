import {isPrivateHost} from '../../shared/net/private-address.js';

/**
 * A fetch that answers every request with `respond` (default: a refusal) and records every URL
 * it was asked for, so a test can assert that no request ever reached a private address.
 */
export function spyFetch(respond: (url: string) => Response | Promise<Response> = () => Promise.reject(new TypeError('offline test'))) {
  const calls: string[] = [];
  const fetch = (async(input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    return respond(url);
  }) as typeof globalThis.fetch;
  const privateCalls = () => calls.filter(url => {
    try {
      return isPrivateHost(new URL(url).hostname);
    } catch {
      return true;
    }
  });
  return {fetch, calls, privateCalls};
}
