import type {Lang, Report} from '../../../shared/index.js';
import {findCredentialLinks} from '../../linkedin/find.js';

export interface ListOnlyOptions {
  signal: AbortSignal;
  lang(): Lang;
  verify(url: string, lang: Lang): Promise<Report | null>;
  onNavigate(): void;
}

/** As in linkedin/annotate-page.ts: an overlay (contact info, skills) keeps the profile underneath. */
const pageOf = (pathname: string) => pathname.replace(/\/overlay\/.*$/, '/');

/**
 * LinkedIn with "annotate LinkedIn profiles" switched off (options page): the certification
 * entries are still found and each credential URL sent to the background once per page, so the
 * popup lists them with their verdicts, but nothing is inserted into LinkedIn's page. Follows the
 * page like the annotating mode does (late cards, SPA navigation): observes, never polls.
 */
export function listCredentials(document: Document, {signal, lang, verify, onNavigate}: ListOnlyOptions): void {
  let asked = new Set<string>();
  let page = pageOf(document.location.pathname);
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    if(signal.aborted) {
      return;
    }
    const current = pageOf(document.location.pathname);
    if(current !== page) {
      page = current;
      asked = new Set();
      onNavigate();
    }
    for(const {url} of findCredentialLinks(document)) {
      if(!asked.has(url)) {
        asked.add(url);
        void verify(url, lang()).catch(() => null);
      }
    }
  };
  const schedule = () => {
    if(!scheduled) {
      scheduled = true;
      setTimeout(scan, 0);
    }
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {childList: true, subtree: true});
  document.defaultView?.addEventListener('popstate', schedule, {signal});
  signal.addEventListener('abort', () => observer.disconnect(), {once: true});
  scan();
}
