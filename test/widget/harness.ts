import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import type {Browser, BrowserContext, Page, Route} from 'playwright-core';
import {serveStatic} from '../../scripts/serve-static.mjs';
import {DCC_STATUS_LIST_URL, NOW, readFixture} from '../helpers/fixture-fetch.js';
import {buildWidgetInto} from './build-once.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Without a browser these suites cannot run: on a developer machine a skip, in CI a failure. */
export const browserRuns = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Where the tests' credentials are "published": requests to it are answered from test/fixtures. */
export const CREDENTIALS = 'https://credentials.example.org/';
/** Same, but answered after a delay: a run that a newer one supersedes. */
export const SLOW = 'https://slow.example.org/';
export const EDUBADGES_ID = 'a41jSgmsSh6Sa1xcVUku5Q';
export const EDUBADGES_URL = `https://api.edubadges.nl/public/assertions/${EDUBADGES_ID}`;

export interface Site {
  url: string;
  dir: string;
  close(): Promise<void>;
}

const PAGE = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>widget test</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/page.css">
<script type="module" src="/widget/microcredential-verify.js"></script></head>
<body><main><h1>Widget test page</h1>${body}</main></body></html>`;

/**
 * Build the widget into a temporary site and serve it on 127.0.0.1 with the static server's
 * strict Content-Security-Policy (no inline script or style, no eval): the element must work there.
 */
export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'widget-site-'));
  await buildWidgetInto(join(dir, 'widget'));
  writeFileSync(join(dir, 'index.html'), PAGE(''));
  writeFileSync(join(dir, 'page.css'), 'body { font-family: sans-serif; margin: 1rem; } main > * { margin: .5rem 0; }\n' +
    '.themed { --mcv-invalid: #8b0000; } .themed::part(badge) { border-radius: 0px; }\n');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'index.html'), PAGE('<p>No element on this page.</p>'));
  const {server, url} = await serveStatic(dir, {port: 0});
  return {url, dir, close: () => closeServer(server, dir)};
}

async function closeServer(server: Server, dir: string): Promise<void> {
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
  rmSync(dir, {recursive: true, force: true});
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: false, // --headless=new below, as stack-probe.md §4 recommends
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Network {
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests that would have left the machine for a host we do not serve: refused. */
  refused: string[];
  errors: string[];
}

/**
 * A fresh page whose clock reads NOW and whose "internet" is test/fixtures: the credentials
 * host, the DCC status list, the edubadges API. Everything else off the local site is refused.
 */
export async function openPage(browser: Browser, site: Site, path = '/', options: {locale?: string} = {}):
  Promise<{page: Page; context: BrowserContext; network: Network}> {
  const context = await browser.newContext({locale: options.locale ?? 'en-GB'});
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const network: Network = {requests: [], refused: [], errors: []};
  page.on('request', request => network.requests.push(request.url()));
  page.on('pageerror', error => network.errors.push(error.message));
  page.on('console', message => {
    if(message.type() === 'error') {
      network.errors.push(message.text());
    }
  });
  await context.route(url => !url.href.startsWith(site.url), route => serveFixture(route, network));
  await page.goto(new URL(path, site.url).href);
  return {page, context, network};
}

async function serveFixture(route: Route, network: Network): Promise<void> {
  const url = route.request().url();
  const body = fixtureFor(url);
  if(body === undefined) {
    network.refused.push(url);
    return route.abort('blockedbyclient');
  }
  if(url.startsWith(SLOW)) {
    await new Promise(resolve => setTimeout(resolve, 1500));
  }
  return route.fulfill({status: 200, body, headers: {'content-type': 'application/json', 'access-control-allow-origin': '*'}});
}

/** Fixed routes: the 1EdTech OB 2.0 signed badge's key, badge class and issuer (see its .source.txt), the DCC status list, the edubadges API. */
const ROUTES: Record<string, string> = {
  'https://example.org/key1.json': 'credentials/1edtech-ob20-key1.json',
  'https://example.org/robotics-badge.json': 'credentials/1edtech-ob20-badgeclass.json',
  'https://example.org/organization.json': 'credentials/1edtech-ob20-issuer.json',
  [DCC_STATUS_LIST_URL]: 'credentials/dcc-statuslist-e5WK8CbZ1GjycuPombrj.json',
  [`${EDUBADGES_URL}?expand=badge&expand=badge.issuer`]: `http/edubadges-expanded-${EDUBADGES_ID}.json`,
};

/** The body served for a URL of the tests' "internet", or undefined: the same for Node and the browser. */
export function fixtureFor(url: string): string | undefined {
  if(url in ROUTES) {
    return readFixture(ROUTES[url]);
  }
  for(const base of [CREDENTIALS, SLOW]) {
    const name = url.startsWith(base) ? url.slice(base.length) : '';
    if(/^[\w.-]+\.json$/.test(name) && existsSync(fileURLToPath(new URL(`../fixtures/credentials/${name}`, import.meta.url)))) {
      return readFileSync(new URL(`../fixtures/credentials/${name}`, import.meta.url), 'utf8');
    }
  }
  return undefined;
}
