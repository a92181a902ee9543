import {readFileSync} from 'node:fs';

export const FIXTURES = new URL('../fixtures/', import.meta.url);
export const NOW = new Date('2026-11-23T12:00:00Z');

/** The URL the DCC status list fixture is published at (see its .source.txt). */
export const DCC_STATUS_LIST_URL =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';

export function readFixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}
export function fixtureJson(path: string): Record<string, unknown> {
  return JSON.parse(readFixture(path)) as Record<string, unknown>;
}

export type Routes = Record<string, unknown | (() => Response | Promise<Response>)>;

/**
 * A fetch that serves only the URLs it was given (JSON bodies or response factories) and
 * throws on every other URL: a test can never reach the real network by accident.
 * `calls` records every URL asked for.
 */
export function fixtureFetch(routes: Routes = {}): typeof fetch & {calls: string[]} {
  const calls: string[] = [];
  const fake = async(input: RequestInfo | URL): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    if(!(url in routes)) {
      throw new TypeError(`fixture fetch: unknown URL ${url}`);
    }
    const route = routes[url];
    if(typeof route === 'function') {
      return (route as () => Response | Promise<Response>)();
    }
    return new Response(typeof route === 'string' ? route : JSON.stringify(route), {headers: {'content-type': 'application/json'}});
  };
  return Object.assign(fake as typeof fetch, {calls});
}

/** The routes every DCC fixture needs: its status list. */
export function dccRoutes(): Routes {
  return {[DCC_STATUS_LIST_URL]: readFixture('credentials/dcc-statuslist-e5WK8CbZ1GjycuPombrj.json')};
}
