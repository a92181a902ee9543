import {h, render} from 'preact';
import type {Lang, Report, Verdict, VerifyInput} from '../shared/index.js';
import {PendingBadge} from '../shared/ui/pending-badge.js';
import {UI_CSS} from '../shared/ui/styles.js';
import {resolveLang} from './lang.js';
import {loadCore, loadView} from './load-core.js';
import {readSource, type Source} from './source.js';
import {VerifyResultEvent} from './verify-result-event.js';
import {LOAD_FAILED} from './words.js';

export type VerifyState = 'pending' | Verdict;
export type Layout = 'badge' | 'card';

// Importing this module outside a browser (server-side rendering, Node tests) must not throw.
const Base = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

let fetchHook: typeof fetch | undefined;
let sheet: CSSStyleSheet | undefined;
const connected = new Set<MicrocredentialVerifyElement>();
let langObserver: MutationObserver | undefined;

/**
 * `<microcredential-verify>` (contract §5). Attributes are the API: `src`, `lang`, `layout`;
 * the `credential` property takes a parsed credential, text or file bytes. Changes are batched
 * into one update per microtask; each update that changes the credential or the language starts
 * a new verification and silently cancels the one before.
 */
export class MicrocredentialVerifyElement extends Base {
  static observedAttributes = ['src', 'lang', 'layout'];

  static define(tag = 'microcredential-verify', registry: CustomElementRegistry = customElements) {
    registry.define(tag, this);
    return this;
  }

  /**
   * Route the core's requests through `fetch` (a page's proxy, a test's fixtures); `null`
   * restores the browser's own. The network rules (https only, no private addresses) still apply.
   */
  static setFetch(fetch: typeof globalThis.fetch | null): void {
    fetchHook = fetch ?? undefined;
  }

  #credential: {value: VerifyInput | null; version: number} = {value: null, version: 0};
  #report: Report | null = null;
  #key: string | null = null;
  #generation = 0;
  #controller: AbortController | undefined;
  #scheduled = false;
  #children: MutationObserver | undefined;
  #parts: {view: HTMLElement; status: HTMLElement} | undefined;

  get src(): string {
    return this.getAttribute('src') ?? '';
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  /** `badge` (default) or `card`; any other value reads as `badge`. */
  get layout(): Layout {
    return this.getAttribute('layout')?.trim().toLowerCase() === 'card' ? 'card' : 'badge';
  }
  set layout(value: Layout) {
    this.setAttribute('layout', value);
  }

  get state(): VerifyState {
    const state = this.getAttribute('state');
    return state === 'verified' || state === 'warning' || state === 'invalid' || state === 'unverifiable' ? state : 'pending';
  }

  /** The last completed verification's report, or null while pending. */
  get report(): Report | null {
    return this.#report;
  }

  get credential(): VerifyInput | null {
    return this.#credential.value;
  }
  set credential(value: VerifyInput | null) {
    this.#credential = {value: value ?? null, version: this.#credential.version + 1};
    this.#schedule();
  }

  connectedCallback(): void {
    this.#setUp();
    connected.add(this);
    // Inline credentials may be parsed after the element upgrades, or replaced later.
    this.#children ??= new MutationObserver(() => this.#schedule());
    this.#children.observe(this, {childList: true, subtree: true, characterData: true});
    this.#schedule();
  }

  disconnectedCallback(): void {
    connected.delete(this);
    this.#children?.disconnect();
    if(this.state === 'pending') {
      // Removed mid-run: that run fires nothing; reconnecting starts afresh.
      this.#cancel();
      this.#key = null;
    }
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  #schedule(): void {
    if(this.#scheduled || !this.isConnected) {
      return;
    }
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if(this.isConnected) {
        this.#update();
      }
    });
  }

  #update(): void {
    const lang = resolveLang(this);
    const source = readSource(this, this.#credential);
    const key = `${lang}\n${source.key}`;
    if(key === this.#key) {
      // Same credential, same language: at most the layout changed.
      if(this.#report) {
        void this.#render(this.#report, lang, this.#generation);
      }
      return;
    }
    this.#key = key;
    void this.#verify(source, lang);
  }

  async #verify(source: Source, lang: Lang): Promise<void> {
    const generation = this.#cancel();
    const controller = this.#controller = new AbortController();
    this.#report = null;
    // Both halves download in parallel; the renderer is awaited only once there is a report.
    void loadView().catch(() => undefined);
    this.#showPending(lang, false);
    this.setAttribute('state', 'pending');
    let report: Report;
    try {
      const core = await loadCore();
      report = source.kind === 'input' ?
        await core.verify(source.input, {lang, signal: controller.signal, fetch: fetchHook}) :
        core.unusableReport(source.kind, source.kind === 'bad-src' ? source.src : '', lang);
      if(generation !== this.#generation) {
        return;
      }
      await this.#render(report, lang, generation);
    } catch {
      // The verifier's own code could not be loaded (offline, blocked by the page): there is no
      // report to send, so no event, but the state says the credential was not checked.
      if(generation === this.#generation) {
        this.#showPending(lang, true);
        this.setAttribute('state', 'unverifiable');
      }
      return;
    }
    if(generation !== this.#generation) {
      return;
    }
    this.#report = report;
    this.setAttribute('state', report.verdict);
    this.dispatchEvent(new VerifyResultEvent(report));
  }

  /** Start a new generation: whatever was running is aborted and will fire nothing. */
  #cancel(): number {
    this.#controller?.abort();
    this.#controller = undefined;
    return ++this.#generation;
  }

  async #render(report: Report, lang: Lang, generation: number): Promise<void> {
    const {VerifyView, announcement} = await loadView();
    const parts = this.#parts;
    if(!parts || generation !== this.#generation) {
      return;
    }
    parts.view.lang = lang;
    render(h(VerifyView, {report, layout: this.layout, lang}), parts.view);
    parts.status.textContent = announcement(report, lang);
  }

  #showPending(lang: Lang, failed: boolean): void {
    const parts = this.#parts;
    if(!parts) {
      return;
    }
    parts.view.lang = lang;
    render(h(PendingBadge, {lang, text: failed ? LOAD_FAILED[lang] : undefined}), parts.view);
    parts.status.textContent = failed ? LOAD_FAILED[lang] : '';
  }

  #setUp(): void {
    watchLanguage(this.ownerDocument);
    if(this.#parts) {
      return;
    }
    // Open, so sites can style it through ::part() and read it in tests (contract §5).
    const shadow = this.shadowRoot ?? this.attachShadow({mode: 'open'});
    sheet ??= createSheet();
    shadow.adoptedStyleSheets = [sheet];
    const doc = this.ownerDocument;
    const view = doc.createElement('div');
    view.className = 'root';
    view.setAttribute('part', 'root');
    // Persistent, so assistive technology announces each result when its text changes.
    const status = doc.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    shadow.replaceChildren(view, status);
    this.#parts = {view, status};
  }
}

function createSheet(): CSSStyleSheet {
  const created = new CSSStyleSheet();
  created.replaceSync(UI_CSS);
  return created;
}

/** A language change anywhere up the tree may change an element's default language. */
function watchLanguage(document: Document): void {
  if(langObserver) {
    return;
  }
  langObserver = new MutationObserver(() => {
    for(const element of connected) {
      element.attributeChangedCallback();
    }
  });
  langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}
