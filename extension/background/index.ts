import type {Lang, Report} from '../../shared/index.js';
import {toCredentialUrl} from '../linkedin/find.js';
import {parseRequest} from '../protocol.js';
import type {Request, Responses, TabResult} from '../protocol.js';
import type {StorageChanged} from '../settings.js';
import {createReportCache, type ReportCache, type StorageArea} from './cache.js';
import {downloadTrustList, type TrustListDownload} from './fetch-trust-list.js';
import {createTabLists, type TabLists} from './tabs.js';
import {createUserTrust} from './trust.js';
import {createVerifier, type VerifierOptions} from './verifier.js';

/** The slice of `browser` the background uses (so tests can pass WXT's fake browser). */
export interface BackgroundApi {
  storage: {session?: StorageArea; local: StorageArea; onChanged: StorageChanged};
  runtime: {
    getURL(path: string): string;
    onMessage: {addListener(listener: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void};
  };
  tabs: {onRemoved: {addListener(listener: (tabId: number) => void): void}};
}

export interface Sender {
  tab?: {id?: number};
  /** The sending page's URL: the web page for a content script, our own origin for the popup. */
  url?: string;
}

export interface BackgroundOptions extends Pick<VerifierOptions, 'verify' | 'concurrency'> {
  now?: () => number;
  /** Default: the core's network layer with the browser's fetch. Tests pass a fixture fetch. */
  fetch?: typeof fetch;
}

/**
 * Wires the background: the report cache in session storage (it outlives the service worker,
 * not the browser session; local storage where a browser has no session area), the per-tab
 * lists for the popup, the user's trust lists (a change drops the cached reports), and the
 * message handler.
 */
export function startBackground(api: BackgroundApi, {fetch: fetchImpl, ...options}: BackgroundOptions = {}) {
  const area = api.storage.session ?? api.storage.local;
  const cache = createReportCache(area, {now: options.now});
  const tabs = createTabLists(area);
  const trust = createUserTrust(api.storage, () => void verifier.invalidate());
  const verifier = createVerifier({cache, trust: trust.lists, ...options});
  const download = (url: string) => downloadTrustList(url, fetchImpl);
  const handle = createHandler({cache, tabs, verifier, download, origin: new URL(api.runtime.getURL('/')).origin});
  api.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  api.tabs.onRemoved.addListener(tabId => void tabs.clear(tabId));
}

interface Parts {
  /** The extension's own origin: requests from it come from the popup (even when opened in a tab). */
  origin: string;
  cache: ReportCache;
  tabs: TabLists;
  verifier: ReturnType<typeof createVerifier>;
  download(url: string): Promise<TrustListDownload>;
}

type Handled = Responses[Request['type']] | null;

export function createHandler({origin, cache, tabs, verifier, download}: Parts) {
  return (message: unknown, sender: Sender): Promise<Handled> | undefined => {
    const request = parseRequest(message);
    const tabId = sender.tab?.id;
    // Content scripts may only send references for their own tab; the popup's requests come from our own origin.
    const fromPage = sender.tab !== undefined && !isOwn(sender.url);
    if(!request || (fromPage !== (request.type === 'verify' || request.type === 'verify-image' || request.type === 'page'))) {
      return undefined; // not ours to answer
    }
    switch(request.type) {
      case 'verify':
        return (async() => {
          if(tabId !== undefined && toCredentialUrl(request.url) === request.url) {
            await tabs.add(tabId, request.url); // listed at once, so the popup can show it as pending
          }
          return verifier.verifyUrl(request.url, request.lang);
        })();
      case 'verify-image':
        return (async() => {
          const report = await verifier.verifyImage(request.src, request.lang);
          if(report && tabId !== undefined) {
            await tabs.add(tabId, request.src); // listed once it is known to be a credential
          }
          return report;
        })();
      case 'page':
        return tabId === undefined ? Promise.resolve(null) : tabs.clear(tabId).then(() => null);
      case 'tab-results':
        return tabResults(request.tabId, request.lang);
      case 'check':
        return verifier.check(request.input, request.lang);
      case 'download-trust-list':
        return download(request.url);
    }
  };

  function isOwn(url: string | undefined): boolean {
    try {
      return url !== undefined && new URL(url).origin === origin;
    } catch {
      return false;
    }
  }

  async function tabResults(tabId: number, lang: Lang): Promise<TabResult[]> {
    const urls = await tabs.list(tabId);
    return Promise.all(urls.map(async url => {
      const report = await cache.get(url, lang);
      if(!report) {
        // Not (yet) checked in the popup's language, or dropped when the trust lists changed:
        // check it now; the popup hears the report land in storage. Joins a check under way.
        void verifier.verifyUrl(url, lang).catch(() => null);
      }
      return {url, report: report as Report | null};
    }));
  }
}
