import type {Lang, Report, TrustList, Verdict, VerifyInput} from '../shared/index.js';
import type {Layout} from '../shared/ui/verify-view.js';
import {pageConfig} from './config.js';
import {resolveLang} from './lang.js';
import {loadCore, loadView} from './load-core.js';
import {createParts, renderPending, renderReport, watchLanguage, type Parts} from './shadow.js';
import {readSource, type Source} from './source.js';
import {VerifyResultEvent} from './verify-result-event.js';

export type VerifyState = 'pending' | Verdict;
export type {Layout} from '../shared/ui/verify-view.js';

// Importing this module outside a browser (server-side rendering, Node tests) must not throw.
const Base = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

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
    pageConfig.fetch = fetch ?? undefined;
  }

  /**
   * Trust lists (contract §6) that recognise issuers on this page, added to the built-in ones;
   * they apply to verifications that start afterwards.
   */
  static setTrustLists(lists: readonly TrustList[]): void {
    pageConfig.trust = [...lists];
  }

  #credential: {value: VerifyInput | null; version: number} = {value: null, version: 0};
  #report: Report | null = null;
  #key: string | null = null;
  #generation = 0;
  #controller: AbortController | undefined;
  #scheduled = false;
  #children: MutationObserver | undefined;
  #unwatch: (() => void) | undefined;
  #parts: Parts | undefined;

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
    this.#parts ??= createParts(this);
    this.#unwatch = watchLanguage(this.ownerDocument, () => this.#schedule());
    // Inline credentials may be parsed after the element upgrades, or replaced later.
    this.#children ??= new MutationObserver(() => this.#schedule());
    this.#children.observe(this, {childList: true, subtree: true, characterData: true});
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#unwatch?.();
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
        await core.verify(source.input, {lang, signal: controller.signal, fetch: pageConfig.fetch, trust: pageConfig.trust}) :
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
    const view = await loadView();
    if(this.#parts && generation === this.#generation) {
      renderReport(this.#parts, view, report, this.layout, lang);
    }
  }

  #showPending(lang: Lang, failed: boolean): void {
    if(this.#parts) {
      renderPending(this.#parts, lang, failed);
    }
  }
}
