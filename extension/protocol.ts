import {browser} from 'wxt/browser';
import type {Lang, Report} from '../shared/index.js';
import type {TrustListDownload} from './background/fetch-trust-list.js';

/**
 * The one messaging protocol between the extension's pages and its background (aesthetics.md
 * item 9). Content scripts send references only: a credential URL, never page text (design.md
 * rule 6). Every request names its type; the background answers with `Responses[type]`.
 */
export type Request =
  /** Content script: verify the credential at this URL (answered from the cache when fresh). */
  | {type: 'verify'; url: string; lang: Lang}
  /** Content script (any-page scan): the image at this URL may be a baked badge; fetch, unbake, verify. */
  | {type: 'verify-image'; src: string; lang: Lang}
  /** Content script: the tab shows a new page (load or SPA navigation); forget its list. */
  | {type: 'page'}
  /** Popup: the credentials found on a tab, with their reports as far as they are done. */
  | {type: 'tab-results'; tabId: number; lang: Lang}
  /** Popup's "check a credential" box: a pasted URL or JSON. */
  | {type: 'check'; input: string; lang: Lang}
  /** Options page: download a trust list the user named (the page checks what comes back). */
  | {type: 'download-trust-list'; url: string};

export interface TabResult {
  url: string;
  report: Report | null;
}

export interface Responses {
  verify: Report;
  /** Null when the image carries no credential or could not be fetched. */
  'verify-image': Report | null;
  page: null;
  'tab-results': TabResult[];
  check: Report;
  'download-trust-list': TrustListDownload;
}

export function send<R extends Request>(request: R): Promise<Responses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[R['type']]>;
}

const LANGS: readonly string[] = ['en', 'nl'];
const MAX_URL = 2048;
const MAX_INPUT = 2 * 1024 * 1024;

/** Messages arrive from other contexts: accept only well-formed requests, nothing else. */
export function parseRequest(value: unknown): Request | null {
  if(typeof value !== 'object' || value === null) {
    return null;
  }
  const message = value as Record<string, unknown>;
  const lang = LANGS.includes(message.lang as string) ? message.lang as Lang : null;
  switch(message.type) {
    case 'verify':
      return typeof message.url === 'string' && message.url.length <= MAX_URL && lang ? {type: 'verify', url: message.url, lang} : null;
    case 'verify-image':
      return typeof message.src === 'string' && message.src.length <= MAX_URL && lang ? {type: 'verify-image', src: message.src, lang} : null;
    case 'page':
      return {type: 'page'};
    case 'tab-results':
      return typeof message.tabId === 'number' && lang ? {type: 'tab-results', tabId: message.tabId, lang} : null;
    case 'check':
      return typeof message.input === 'string' && message.input.length <= MAX_INPUT && lang ? {type: 'check', input: message.input, lang} : null;
    case 'download-trust-list':
      return typeof message.url === 'string' && message.url.length <= MAX_URL ? {type: 'download-trust-list', url: message.url} : null;
    default:
      return null;
  }
}
