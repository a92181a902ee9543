import type {Lang, Report} from '../../shared/index.js';
import {toLang} from '../words.js';
import {createAnnotation, type Annotation} from './annotation.js';
import {readClaims} from './claims.js';
import {compareClaims} from './compare-claims.js';
import {findCredentialLinks} from './find.js';

export interface AnnotatePageOptions {
  signal: AbortSignal;
  /** Ask the background; resolves null when the URL was refused. */
  verify(url: string, lang: Lang): Promise<Report | null>;
  /** The tab now shows another page (SPA navigation). */
  onNavigate(): void;
  /** The language chosen on the options page; null (the default) follows the page's own. */
  lang?: () => Lang | null;
}

/** How long one slice of rendering may hold the main thread. */
const SLICE_MS = 8;

/** Overlays (contact info, skills, media) keep the profile underneath: not a new page (surfaces.md §1.6). */
const pageOf = (pathname: string) => pathname.replace(/\/overlay\/.*$/, '/');

/**
 * Annotates every certification entry on the page that links to a credential, once, and keeps
 * doing so as LinkedIn renders: late cards, re-rendered entries (they get their annotation back)
 * and SPA navigation (annotations of the old page are removed). Observes, never polls.
 */
export function annotatePage(document: Document, {signal, verify, onNavigate, lang: chosen}: AnnotatePageOptions): void {
  const annotations = new Map<Element, Annotation>();
  const reports = new Map<string, Promise<Report | null>>();
  let page = pageOf(document.location.pathname);
  let scheduled = false;

  const reset = () => {
    for(const annotation of annotations.values()) {
      annotation.remove();
    }
    annotations.clear();
    reports.clear();
  };

  const scan = () => {
    scheduled = false;
    if(signal.aborted) {
      return;
    }
    const current = pageOf(document.location.pathname);
    if(current !== page) {
      page = current;
      reset();
      onNavigate();
    }
    const lang = chosen?.() ?? toLang(document.documentElement.lang);
    const until = performance.now() + SLICE_MS;
    for(const {url, host} of findCredentialLinks(document)) {
      const existing = annotations.get(host);
      if(existing && existing.url === url && existing.element.parentNode === host) {
        continue;
      }
      if(performance.now() > until) {
        schedule(); // the rest in the next slice: a scan only adds what is missing
        break;
      }
      existing?.remove(); // present when the entry's link changed or the page dropped our element
      const claims = readClaims(host); // the entry's text stays here: only the URL goes to the background
      const annotation = createAnnotation(document, url, lang);
      host.append(annotation.element);
      annotations.set(host, annotation);
      let report = reports.get(url);
      if(!report) {
        report = verify(url, lang).catch(() => null);
        reports.set(url, report);
      }
      void report.then(result => showSoon(() => annotation.show(result, result ? compareClaims(claims, result, lang) : [])));
    }
    for(const [host, annotation] of annotations) {
      if(!host.isConnected) {
        annotations.delete(host);
        annotation.remove();
      }
    }
  };

  // Results arrive in bursts (50 from the cache at once) or one by one (a cold cache): they are
  // collected and written in the next animation frame, just before the browser lays out, so all
  // that arrived since the last frame cost one layout, not one each; at most a few milliseconds
  // of writing per frame, the rest in the next (design.md: no task over 50 ms). No frames in a
  // hidden tab: its results wait there until it is shown, which is when they can be seen.
  const view = document.defaultView;
  const nextFrame = (callback: () => void) => view?.requestAnimationFrame && !document.hidden ? view.requestAnimationFrame(callback) : setTimeout(callback, 0);
  const pending: (() => void)[] = [];
  const drain = () => {
    const until = performance.now() + SLICE_MS;
    while(pending.length > 0 && performance.now() < until && !signal.aborted) {
      pending.shift()?.(); // always defined: the length was checked
    }
    if(pending.length > 0 && !signal.aborted) {
      nextFrame(drain);
    }
  };
  const showSoon = (show: () => void) => {
    if(pending.push(show) === 1) {
      nextFrame(drain);
    }
  };

  // Batch a burst of mutations into one scan, after the page has drawn what it just inserted: its
  // own frame stays its own, and our annotations go into the next (measured with 50 entries: one
  // frame laying out both was the one long task left).
  const schedule = () => {
    if(!scheduled) {
      scheduled = true;
      nextFrame(() => setTimeout(scan, 0));
    }
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {childList: true, subtree: true});
  document.defaultView?.addEventListener('popstate', schedule, {signal});
  signal.addEventListener('abort', () => {
    observer.disconnect();
    reset();
  }, {once: true});
  scan();
}
