import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type BrowserContext, type Page, type Worker} from 'playwright-core';
import {build} from 'wxt';
import {readFixture} from '../helpers/fixture-fetch.js';
import {PAGES} from './pages.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Without a browser these suites cannot run: on a developer machine a skip, in CI a failure. */
export const browserRuns = existsSync(CHROMIUM) || Boolean(process.env.CI);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EDU_ID = 'BKNLQoR4QHqKluSOOj1dlA';
/** The hosts the test's "internet" has; every other name resolves to nothing. */
export const FIXTURE_HOSTS = ['www.linkedin.com', 'nl.linkedin.com', 'api.edubadges.nl', 'api.credly.com', 'credentials.example.org'];

/** Build the extension (Chrome, MV3) into a temporary directory. */
export async function buildExtension(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'ext-build-'));
  await build({root: ROOT, outDir, logger: quietLogger});
  return join(outDir, 'chrome-mv3');
}

const noop = () => undefined;
const quietLogger = {debug: noop, log: noop, info: noop, warn: noop, error: console.error, fatal: console.error, success: noop, level: 0};

export interface FixtureSite {
  port: number;
  /** `host path` of every request the server answered. */
  requests: string[];
  /** Which LinkedIn page www.linkedin.com (and nl.linkedin.com) serves for /in/… paths. */
  page: string;
  /** When set, served for /in/… instead of `page`: a variant of a saved page built in test code. */
  html: string | null;
  /** `host/path?query` → JSON body; a test may add credentials (hostile ones, say) before loading its page. */
  routes: Record<string, string>;
  /** `host/path` → a file with its content type (a baked badge image, a PDF), served before anything else. */
  files: Record<string, {type: string; body: string | Uint8Array}>;
  close(): Promise<void>;
}

/**
 * An https server for www.linkedin.com (the saved pages) and the credential APIs, with a
 * certificate made for this run. The edubadges entry is served as the hbo microcredential
 * fixture under the page's id (derived in code, test/fixtures/quality/…).
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const dir = mkdtempSync(join(tmpdir(), 'ext-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-days', '1', '-subj', '/CN=www.linkedin.com'], {stdio: 'ignore'});
  const micro = asOnTheSavedPages(readFixture('quality/edubadges-micro-hbo-expanded.json').replaceAll('hboMicroAssertion0001A', EDU_ID));
  const routes: Record<string, string> = {
    [`api.edubadges.nl/public/assertions/${EDU_ID}?expand=badge&expand=badge.issuer`]: micro,
    'api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': readFixture('quality/edubadges-micro-hbo-badgeclass-micro.json'),
  };
  const site: FixtureSite = {port: 0, requests: [], page: 'linkedin-profile.html', html: null, routes, files: {}, close: async() => undefined};
  const server: Server = createServer({key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))}, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    site.requests.push(`${host} ${path}`);
    const file = site.files[`${host}${path}`];
    if(file) {
      response.writeHead(200, {'content-type': file.type});
      response.end(file.body);
      return;
    }
    if(/^(?:www|nl)\.linkedin\.com$/.test(host) && (path.startsWith('/in/') || path.startsWith('/cv/'))) {
      // /cv/: the CV page, on a host the extension may inject into without a toolbar click (tests only)
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.end(path.startsWith('/in/') && site.html !== null ? site.html :
        readFileSync(new URL(path.startsWith('/cv/') ? 'cv-personal-site.html' : site.page, PAGES)));
      return;
    }
    // Any other edubadges id: the same microcredential under that id (for the 50-entry page).
    const other = /^\/public\/assertions\/([A-Za-z0-9_-]{22})\?expand=badge&expand=badge\.issuer$/.exec(path);
    const body = routes[`${host}${path}`] ?? (host === 'api.edubadges.nl' && other ? micro.replaceAll(EDU_ID, other[1]) : undefined);
    response.writeHead(body ? 200 : 404, {'content-type': 'application/json', 'access-control-allow-origin': '*'});
    response.end(body ?? '{"detail":"Not found."}');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  site.port = (server.address() as AddressInfo).port;
  site.close = async() => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    rmSync(dir, {recursive: true, force: true});
  };
  return site;
}

/**
 * The hbo microcredential fixture made to say what the saved pages' edubadges entry says: its name
 * (the page adds "(microcredential)"), its issuer (a faculty of the recognised institution) and
 * March 2025, which the page shows as "Feb 2025" (edubadges' 0-based month, surfaces.md §1.8).
 */
function asOnTheSavedPages(json: string): string {
  const assertion = JSON.parse(json) as {issuedOn: string; badge: {name: string; issuer: {name: string}}};
  assertion.badge.name = 'Research Data Management';
  assertion.badge.issuer.name = 'Hogeschool Delta Noord';
  assertion.issuedOn = '2025-03-10T09:00:00.000000+00:00';
  return JSON.stringify(assertion);
}

/** Chromium with the unpacked extension (stack-probe.md §4); the fixture hosts map to the local server, all others to nothing. */
export async function launchWithExtension(extension: string, port: number): Promise<BrowserContext> {
  const rules = [...FIXTURE_HOSTS.map(host => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ext-profile-')), {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: 'en-GB',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--ignore-certificate-errors', `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
}

/** One end-to-end suite's world: the built extension, the fixture site and Chromium with both. */
export interface ExtensionRun {
  /** The unpacked build's directory. */
  extension: string;
  site: FixtureSite;
  context: BrowserContext;
  worker: Worker;
  /** `chrome-extension://<id>`: where the popup and the options page live. */
  origin: string;
  /** What the web pages asked for (not the service worker, not the extension's own pages). */
  pageRequests: string[];
  workerRequests: string[];
  extensionPageRequests: string[];
  close(): Promise<void>;
}

/**
 * Build the extension, start the fixture site (`prepare` may add routes, files or a page before
 * Chromium starts), launch Chromium with the extension and wait for its service worker.
 */
export async function startExtensionRun(prepare?: (site: FixtureSite) => void | Promise<void>): Promise<ExtensionRun> {
  const [extension, site] = await Promise.all([buildExtension(), startFixtureSite()]);
  await prepare?.(site);
  const context = await launchWithExtension(extension, site.port);
  const run = {site, context, pageRequests: [] as string[], workerRequests: [] as string[], extensionPageRequests: [] as string[]};
  context.on('request', request => {
    const list = request.serviceWorker() ? run.workerRequests :
      request.frame().url().startsWith('chrome-extension:') ? run.extensionPageRequests : run.pageRequests;
    list.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return {
    ...run, extension, worker, origin: `chrome-extension://${new URL(worker.url()).host}`,
    async close() {
      await context.close();
      await site.close();
      rmSync(dirname(extension), {recursive: true, force: true});
    },
  };
}

export type Annotated = [url: string, verdict: string, inEntry: boolean];

/** The annotations on the page once `count` are there and none is pending: [url, verdict, inside a certification entry]. */
export async function annotationsSettled(page: Page, count: number): Promise<Annotated[]> {
  await page.waitForFunction(n => {
    const hosts = [...document.querySelectorAll('[data-credential-verdict]')];
    return hosts.length === n && hosts.every(host => host.getAttribute('data-credential-verdict') !== 'pending');
  }, count, {timeout: 20_000});
  return page.$$eval('[data-credential-verdict]', hosts => hosts.map(host => [host.getAttribute('data-credential-url') ?? '',
    host.getAttribute('data-credential-verdict') ?? '', Boolean(host.parentElement?.matches('li, [componentkey]'))] as Annotated));
}

/**
 * Runs `fn` (function source, `this` = the shadow root) inside the closed shadow root of the
 * annotation for `url`: the page's scripts cannot reach it, the DevTools protocol can.
 */
export async function inClosedShadow<T>(page: Page, url: string, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const {root} = await cdp.send('DOM.getDocument', {depth: -1, pierce: true});
    const host = findNode(root, node => {
      const attributes = node.attributes ?? [];
      return attributes.some((value, index) => index % 2 === 0 && value === 'data-credential-url' && attributes[index + 1] === url);
    });
    const shadow = host?.shadowRoots?.[0];
    if(!shadow) {
      throw new Error(`no annotation with a shadow root for ${url}`);
    }
    const {object} = await cdp.send('DOM.resolveNode', {backendNodeId: shadow.backendNodeId});
    const {result, exceptionDetails} = await cdp.send('Runtime.callFunctionOn',
      {objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true});
    if(exceptionDetails) {
      throw new Error(exceptionDetails.text);
    }
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {backendNodeId: number; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[]; contentDocument?: CdpNode}

function findNode(node: CdpNode, match: (node: CdpNode) => boolean): CdpNode | null {
  if(match(node)) {
    return node;
  }
  for(const child of [...node.children ?? [], ...node.shadowRoots ?? [], ...node.contentDocument ? [node.contentDocument] : []]) {
    const found = findNode(child, match);
    if(found) {
      return found;
    }
  }
  return null;
}
