import {RESPONSES} from './samples.js';

const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : String(input));

const bundled = (url: string): Response | undefined =>
  url in RESPONSES ? new Response(JSON.stringify(RESPONSES[url]), {headers: {'content-type': 'application/json'}}) : undefined;

/** The institution page: the samples' responses come from the bundle, and nothing else is fetched. */
export const offlineFetch: typeof fetch = async input => {
  const url = urlOf(input);
  const response = bundled(url);
  if(!response) {
    throw new TypeError(`The demo fetches nothing for its samples: ${url}`);
  }
  return response;
};

/** The learner preview: the samples' responses from the bundle, the real network for anything else. */
export const previewFetch: typeof fetch = async(input, init) => bundled(urlOf(input)) ?? globalThis.fetch(input, init);
