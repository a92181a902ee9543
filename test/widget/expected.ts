import {verify} from '../../shared/index.js';
import type {TrustList, VerifyInput} from '../../shared/index.js';
import {NOW} from '../helpers/fixture-fetch.js';
import {fixtureFor} from './harness.js';

/** A Node fetch over the same "internet" the browser tests get: the element must agree with the core. */
const nodeFetch: typeof fetch = async input => {
  const url = String(input instanceof Request ? input.url : input);
  const body = fixtureFor(url);
  if(body === undefined) {
    throw new TypeError(`no fixture for ${url}`);
  }
  return new Response(body, {headers: {'content-type': 'application/json'}});
};

/** The verdict the core gives in Node, with the clock and the network the browser tests have. */
export async function expectedVerdict(input: VerifyInput, trust: TrustList[] = []): Promise<string> {
  return (await verify(input, {fetch: nodeFetch, now: NOW, trust})).verdict;
}
