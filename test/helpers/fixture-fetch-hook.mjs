/* global process, Request, Response, URL */
// Replaces the network for a whole child process (the CLI, contract §1):
//   NODE_OPTIONS="--import /abs/path/test/helpers/fixture-fetch-hook.mjs" npm run verify -- …
// Only the URLs below are served, from fixture files; every other URL throws, so a test can
// never reach the real network by accident. Every URL asked for is logged to stderr when
// FIXTURE_FETCH_LOG is set, which lets a test see that a forged credential fetched nothing.
import {readFileSync} from 'node:fs';

const credentials = new URL('../fixtures/credentials/', import.meta.url);

const ROUTES = {
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj':
    'dcc-statuslist-e5WK8CbZ1GjycuPombrj.json',
};

globalThis.fetch = async function fixtureFetch(input) {
  const url = String(input instanceof Request ? input.url : input);
  if(process.env.FIXTURE_FETCH_LOG) {
    process.stderr.write(`fixture fetch: ${url}\n`);
  }
  const file = Object.hasOwn(ROUTES, url) ? ROUTES[url] : undefined;
  if(!file) {
    throw new TypeError(`fixture fetch: unknown URL ${url}`);
  }
  return new Response(readFileSync(new URL(file, credentials), 'utf8'), {headers: {'content-type': 'application/json'}});
};
