import {STATUS_LIST_TEXT, STATUS_LIST_URL} from './samples.js';

const serveBundled = (url: string): Response | undefined =>
  url === STATUS_LIST_URL
    ? new Response(STATUS_LIST_TEXT, {headers: {'content-type': 'application/json'}})
    : undefined;

const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : String(input));

/**
 * For the samples: the one status list they need comes from the bundle and nothing else is
 * fetched, so the demo gives the same answers offline, on any machine, at any time.
 */
export const offlineFetch: typeof fetch = async input => {
  const url = urlOf(input);
  const bundled = serveBundled(url);
  if(!bundled) {
    throw new TypeError(`The demo fetches nothing for its samples: ${url}`);
  }
  return bundled;
};

/** For a pasted credential: the same bundled list, and the real network for anything else. */
export const pastedFetch: typeof fetch = async(input, init) =>
  serveBundled(urlOf(input)) ?? globalThis.fetch(input, init);
