import type {Lang, Report} from '../../shared/index.js';
import {toCredentialUrl} from '../linkedin/find.js';
import {parseRequest} from '../protocol.js';
import type {Request, Responses, TabResult} from '../protocol.js';
import {createReportCache, type ReportCache, type StorageArea} from './cache.js';
import {createTabLists, type TabLists} from './tabs.js';
import {createVerifier, type VerifierOptions} from './verifier.js';

/** The slice of `browser` the background uses (so tests can pass WXT's fake browser). */
export interface BackgroundApi {
  storage: {session?: StorageArea; local: StorageArea};
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

/**
 * Wires the background: the report cache in session storage (it outlives the service worker,
 * not the browser session; local storage where a browser has no session area), the per-tab
 * lists for the popup, and the message handler.
 */
export function startBackground(api: BackgroundApi, options: Pick<VerifierOptions, 'verify' | 'concurrency'> & {now?: () => number} = {}) {
  const area = api.storage.session ?? api.storage.local;
  const cache = createReportCache(area, {now: options.now});
  const tabs = createTabLists(area);
  const verifier = createVerifier({cache, ...options});
  const handle = createHandler({cache, tabs, verifier, origin: new URL(api.runtime.getURL('/')).origin});
  api.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  api.tabs.onRemoved.addListener(tabId => void tabs.clear(tabId));
}

interface Parts {
  /** The extension's own origin: requests from it come from the popup (even when opened in a tab). */
  origin: string;
  cache: ReportCache;
  tabs: TabLists;
  verifier: ReturnType<typeof createVerifier>;
}

type Handled = Responses[Request['type']] | null;

export function createHandler({origin, cache, tabs, verifier}: Parts) {
  return (message: unknown, sender: Sender): Promise<Handled> | undefined => {
    const request = parseRequest(message);
    const tabId = sender.tab?.id;
    // Content scripts may only send references for their own tab; the popup's requests come from our own origin.
    const fromPage = sender.tab !== undefined && !isOwn(sender.url);
    if(!request || (fromPage !== (request.type === 'verify' || request.type === 'page'))) {
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
      case 'page':
        return tabId === undefined ? Promise.resolve(null) : tabs.clear(tabId).then(() => null);
      case 'tab-results':
        return tabResults(request.tabId, request.lang);
      case 'check':
        return verifier.check(request.input, request.lang);
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
    return Promise.all(urls.map(async url => ({url, report: await cache.get(url, lang) as Report | null})));
  }
}
