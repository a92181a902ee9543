import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type BrowserContext} from 'playwright-core';
import {build} from 'wxt';
import {readFixture} from '../helpers/fixture-fetch.js';
import {PAGES} from './pages.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Without a browser these suites cannot run: on a developer machine a skip, in CI a failure. */
export const browserRuns = existsSync(CHROMIUM) || Boolean(process.env.CI);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EDU_ID = 'BKNLQoR4QHqKluSOOj1dlA';
/** The hosts the test's "internet" has; every other name resolves to nothing. */
export const FIXTURE_HOSTS = ['www.linkedin.com', 'api.edubadges.nl', 'api.credly.com'];

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
  /** Which LinkedIn page www.linkedin.com serves for /in/… paths. */
  page: string;
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
  const micro = readFixture('quality/edubadges-micro-hbo-expanded.json').replaceAll('hboMicroAssertion0001A', EDU_ID);
  const routes: Record<string, string> = {
    [`api.edubadges.nl/public/assertions/${EDU_ID}?expand=badge&expand=badge.issuer`]: micro,
    'api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': readFixture('quality/edubadges-micro-hbo-badgeclass-micro.json'),
  };
  const site: FixtureSite = {port: 0, requests: [], page: 'linkedin-profile.html', close: async() => undefined};
  const server: Server = createServer({key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))}, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    site.requests.push(`${host} ${path}`);
    if(host === 'www.linkedin.com' && (path.startsWith('/in/') || path.startsWith('/cv/'))) {
      // /cv/: the CV page, on a host the extension may inject into without a toolbar click (tests only)
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.end(readFileSync(new URL(path.startsWith('/cv/') ? 'cv-personal-site.html' : site.page, PAGES)));
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
