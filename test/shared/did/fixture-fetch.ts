import {vi} from 'vitest';

/**
 * A fetch that serves a fixed map of URL → JSON document and throws on every other URL,
 * so a did:web or https key test can never reach the real network.
 */
export function fixtureFetch(documents: Record<string, unknown>) {
  return vi.fn(async(input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if(!Object.hasOwn(documents, url)) {
      throw new TypeError('fixture fetch: unknown URL');
    }
    return new Response(JSON.stringify(documents[url]), {headers: {'content-type': 'application/json'}});
  });
}

/** Real keys: a published Ed25519 test key and a P-256 key (multibase, as did:key carries them). */
export const ED25519_KEY = 'z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
export const P256_KEY = 'zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP';
/** The key the 1EdTech OB 3.0 sample puts in the fragment of an https verification method. */
export const FRAGMENT_KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
