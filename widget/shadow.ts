import {h, render} from 'preact';
import type {Lang, Report} from '../shared/index.js';
import {PendingBadge} from '../shared/ui/pending-badge.js';
import {UI_CSS} from '../shared/ui/styles.js';
import type {Layout} from '../shared/ui/verify-view.js';
import {LOAD_FAILED} from './words.js';

type View = typeof import('./view.js');

export interface Parts {
  /** Where Preact renders the badge or the card. */
  view: HTMLElement;
  /** A persistent live region: assistive technology announces each result when its text changes. */
  status: HTMLElement;
}

let sheet: CSSStyleSheet | undefined;

/**
 * The element's open shadow root (sites style it through ::part() and custom properties,
 * contract §5). Styles are a constructable stylesheet, which a strict style-src allows where
 * a <style> element or a style attribute would be blocked.
 */
export function createParts(host: HTMLElement): Parts {
  const shadow = host.shadowRoot ?? host.attachShadow({mode: 'open'});
  if(!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS);
  }
  shadow.adoptedStyleSheets = [sheet];
  const doc = host.ownerDocument;
  const view = doc.createElement('div');
  view.className = 'root';
  view.setAttribute('part', 'root');
  const status = doc.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  shadow.replaceChildren(view, status);
  return {view, status};
}

let observer: MutationObserver | undefined;
const listeners = new Set<() => void>();

/**
 * Call `onChange` whenever a `lang` attribute changes anywhere in the document: an element
 * without its own `lang` speaks its ancestors' language. One observer serves every element.
 */
export function watchLanguage(document: Document, onChange: () => void): () => void {
  listeners.add(onChange);
  if(!observer) {
    observer = new MutationObserver(() => listeners.forEach(listener => listener()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => listeners.delete(onChange);
}

/** A result: the badge or the card, and its announcement. */
export function renderReport(parts: Parts, {VerifyView, announcement}: View, report: Report, layout: Layout, lang: Lang): void {
  parts.view.lang = lang;
  render(h(VerifyView, {report, layout, lang}), parts.view);
  parts.status.textContent = announcement(report, lang);
}

/** The pending badge; or, when the verifier's code could not be loaded, a badge that says so. */
export function renderPending(parts: Parts, lang: Lang, failed: boolean): void {
  parts.view.lang = lang;
  render(h(PendingBadge, {lang, text: failed ? LOAD_FAILED[lang] : undefined}), parts.view);
  parts.status.textContent = failed ? LOAD_FAILED[lang] : '';
}
