// The widget's chunk sizes against its budgets (contract §5: gzip -9, 1 KB = 1024 B), and the
// peer stack's bundle for comparison. "Loaded lazily for one credential" is what a real
// Chromium requests from widget/chunks/ while the element verifies it, as
// test/widget/budget.test.ts measures it; this module reuses that test's harness.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {browserRuns, CREDENTIALS, launchChromium, openPage, startSite} from '../test/widget/harness.js';
import {connectAndTime} from '../test/widget/in-page.js';

export const KB = 1024;
export const ENTRY_BUDGET = 12 * KB;
export const LAZY_BUDGET = 90 * KB;

export interface Size {raw: number; gzip: number}
export interface LazyLoad extends Size {file: string; suite: string; chunks: string[]; state: string}
export interface WidgetSizes {entry: Size; lazy: LazyLoad[] | null; lazyNote?: string}

export const sizeOf = (bytes: Uint8Array): Size => ({raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length});
export const fileSize = (path: string): Size => sizeOf(readFileSync(path));

/** The credentials the budget is judged on: one per Data Integrity suite a page is likely to meet. */
export const BUDGET_CREDENTIALS = [
  {file: 'dcc-ob3-vc2-eddsa-didkey-validstatus.json', suite: 'eddsa-rdfc-2022 (with its status list)'},
  {file: 'w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json', suite: 'ecdsa-rdfc-2019'},
];

/** Build the widget (Vite, into a temporary site), then load each budget credential in a fresh page. */
export async function measureWidget(): Promise<WidgetSizes> {
  const site = await startSite();
  try {
    const entry = fileSize(join(site.dir, 'widget', 'microcredential-verify.js'));
    if(!browserRuns) {
      return {entry, lazy: null, lazyNote: 'not measured: no Chromium at /usr/bin/chromium'};
    }
    const browser = await launchChromium();
    try {
      const lazy: LazyLoad[] = [];
      for(const {file, suite} of BUDGET_CREDENTIALS) {
        const {page, context, network} = await openPage(browser, site);
        const {state} = await connectAndTime(page, `${CREDENTIALS}${file}`);
        const chunks = [...new Set(network.requests.filter(url => url.includes('/widget/chunks/')).map(url => new URL(url).pathname))];
        const sizes = chunks.map(path => fileSize(join(site.dir, path)));
        lazy.push({file, suite, chunks, state, raw: sizes.reduce((sum, s) => sum + s.raw, 0), gzip: sizes.reduce((sum, s) => sum + s.gzip, 0)});
        await context.close();
      }
      return {entry, lazy};
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

/**
 * A stack bundled for the browser the way a site would ship it: esbuild, minified, ES module,
 * browser platform; gzip -9. The peer: @digitalcredentials/verifier-core's two entry points.
 * The floor stack: @digitalbazaar/vc with the eddsa-rdfc-2022 suite (no contexts beyond its own).
 */
export async function bundleSize(source: string): Promise<Size> {
  const {build} = await import('esbuild');
  const result = await build({stdin: {contents: source, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js'},
    bundle: true, minify: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'error'});
  return sizeOf(result.outputFiles[0].contents);
}

export const PEER_BUNDLE = 'export {verifyCredential, verifyPresentation} from \'@digitalcredentials/verifier-core\';';
export const FLOOR_BUNDLE = 'export * as vc from \'@digitalbazaar/vc\'; export {DataIntegrityProof} from \'@digitalbazaar/data-integrity\'; ' +
  'export {cryptosuite} from \'@digitalbazaar/eddsa-rdfc-2022-cryptosuite\';';
