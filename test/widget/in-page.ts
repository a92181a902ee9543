import type {Page} from 'playwright-core';

/** How an element is made in the page: its attributes, an inline child, or the `credential` property. */
export interface Spec {
  id: string;
  attributes?: Record<string, string>;
  inline?: {type: string; text: string};
  credential?: unknown;
  /** Put the element inside a wrapper with this `lang`. */
  wrapperLang?: string;
}

export interface Seen {
  state: string | null;
  /** One entry per verify-result event: the report's verdict and `state` at the moment it fired. */
  events: {verdict: string; stateAtEvent: string | null}[];
}

/** Create elements in the page, each recording its verify-result events on window.__seen. */
export async function addElements(page: Page, specs: Spec[]): Promise<void> {
  await page.evaluate(specs => {
    const seen = ((window as unknown as {__seen?: Record<string, unknown[]>}).__seen ??= {});
    for(const spec of specs) {
      const element = document.createElement('microcredential-verify');
      element.id = spec.id;
      seen[spec.id] = [];
      element.addEventListener('verify-result', event => {
        const report = (event as CustomEvent<{verdict: string}>).detail;
        seen[spec.id].push({verdict: report.verdict, stateAtEvent: element.getAttribute('state')});
      });
      for(const [name, value] of Object.entries(spec.attributes ?? {})) {
        element.setAttribute(name, value);
      }
      if(spec.inline) {
        const script = document.createElement('script');
        script.type = spec.inline.type;
        script.textContent = spec.inline.text;
        element.append(script);
      }
      if(spec.credential !== undefined) {
        (element as unknown as {credential: unknown}).credential = spec.credential;
      }
      let parent: HTMLElement = document.querySelector('main')!;
      if(spec.wrapperLang) {
        const wrapper = document.createElement('div');
        wrapper.lang = spec.wrapperLang;
        parent.append(wrapper);
        parent = wrapper;
      }
      parent.append(element);
    }
  }, specs);
}

/** Wait until the element has fired `count` events, then a little longer, and say what it saw. */
export async function settle(page: Page, id: string, count = 1): Promise<Seen> {
  await page.waitForFunction(([id, count]) =>
    ((window as unknown as {__seen: Record<string, unknown[]>}).__seen[id as string]?.length ?? 0) >= (count as number),
  [id, count] as const, {timeout: 30_000});
  // A second event, had there been one, would arrive within this quiet period.
  await page.waitForTimeout(300);
  return seen(page, id);
}

export function seen(page: Page, id: string): Promise<Seen> {
  return page.evaluate(id => ({
    state: document.getElementById(id)?.getAttribute('state') ?? null,
    events: (window as unknown as {__seen: Record<string, Seen['events']>}).__seen[id] ?? [],
  }), id);
}

/** The element's rendered text, as a reader would get it from its shadow root. */
export function shadowText(page: Page, id: string): Promise<string> {
  return page.evaluate(id => document.getElementById(id)?.shadowRoot?.textContent ?? '', id);
}

/** Milliseconds from appending an element to its final `state`, measured in the page (the chunks it loaded are then on the network log). */
export function connectAndTime(page: Page, src: string): Promise<{ms: number; state: string}> {
  return page.evaluate(src => new Promise<{ms: number; state: string}>(resolve => {
    const element = document.createElement('microcredential-verify');
    element.setAttribute('src', src);
    const started = performance.now();
    new MutationObserver((_records, observer) => {
      const state = element.getAttribute('state');
      if(state && state !== 'pending') {
        observer.disconnect();
        resolve({ms: performance.now() - started, state});
      }
    }).observe(element, {attributes: true, attributeFilter: ['state']});
    document.querySelector('main')!.append(element);
  }), src);
}
