import {render} from 'preact';
import type {Lang, Report} from '../../shared/index.js';
import {PendingBadge} from '../../shared/ui/pending-badge.js';
import {UI_CSS} from '../../shared/ui/styles.js';
import {VerifyView} from '../../shared/ui/verify-view.js';
import {WORDS} from '../words.js';
import {ClaimsNote} from './claims-note.js';
import type {ClaimMismatch} from './compare-claims.js';

/**
 * Inside LinkedIn's entry: a block of its own under the entry's text, in the page's font size.
 * Contained, so a badge changing from pending to its verdict re-lays-out and repaints itself, not
 * the whole profile (measured: those page-wide frames were the long tasks with 50 entries). Off
 * screen, `content-visibility: auto` skips its style, layout and paint altogether and gives it the
 * size it last had (a badge's height before the first), so a verdict arriving for one of 50
 * entries below the fold costs the page no layout at all (a Chromium trace of the 50-entry page
 * showed layout and pre-paint as most of each long task).
 */
const HOST_CSS = `:host { display: block; margin: .4em 0 .2em; font-size: 14px; contain: content;
  content-visibility: auto; contain-intrinsic-size: auto 2.2em; }
.claims { list-style: none; margin: .3em 0 0; padding: 0; color: var(--mcv-fg); font-size: .9em; }
.claim { display: flex; gap: .4em; align-items: flex-start; --mcv-tone: var(--mcv-warning); }
.claim .icon { color: var(--mcv-warning); }
.badge-issuer, .title, .issuer { unicode-bidi: isolate; }`;

export interface Annotation {
  readonly element: HTMLElement;
  readonly url: string;
  /**
   * The report, or null when the credential could not be checked at all; with where the entry's
   * own claims differ from it (also on the host as `data-credential-mismatch="title issuer date"`).
   */
  show(report: Report | null, mismatches?: readonly ClaimMismatch[]): void;
  remove(): void;
}

/**
 * The annotation of one entry: a host element carrying `data-credential-verdict` and
 * `data-credential-url` (contract §7) with a closed shadow root, so the page's scripts and styles
 * cannot reach in (tests ask for an open one). Styles go in as text (no web_accessible_resources).
 * The badge opens the card.
 */
export function createAnnotation(document: Document, url: string, lang: Lang, mode: ShadowRootMode = 'closed'): Annotation {
  const element = document.createElement('div');
  element.setAttribute('data-credential-verdict', 'pending');
  element.setAttribute('data-credential-url', url);
  const shadow = element.attachShadow({mode});
  addStyles(document, shadow, `${UI_CSS}\n${HOST_CSS}`);
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(root);
  render(<PendingBadge lang={lang}/>, root);
  return {
    element,
    url,
    show(report, mismatches = []) {
      element.setAttribute('data-credential-verdict', report?.verdict ?? 'unverifiable');
      if(mismatches.length > 0) {
        element.setAttribute('data-credential-mismatch', mismatches.map(mismatch => mismatch.field).join(' '));
      } else {
        element.removeAttribute('data-credential-mismatch');
      }
      render(report ? <><VerifyView report={report} layout="badge" lang={lang}/><ClaimsNote mismatches={mismatches} lang={lang}/></> :
        <PendingBadge lang={lang} text={WORDS[lang].notChecked}/>, root);
    },
    remove() {
      render(null, root);
      element.remove();
    },
  };
}

/** One constructed sheet for all annotations of a page: parsed once, adopted by every shadow root. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** A constructed sheet where the page's CSP could block a <style>; a <style> where sheets cannot be adopted. */
function addStyles(document: Document, shadow: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(document);
    if(!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(document, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
