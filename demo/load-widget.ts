import type {MicrocredentialVerifyElement} from '../widget/index.js';

type Widget = {MicrocredentialVerifyElement: typeof MicrocredentialVerifyElement};

/**
 * The demo uses the real build of the element, the same file an institution would host: npm start
 * builds it into ./widget/ next to the pages. Loaded at run time, so the demo's own bundle never
 * contains a copy of it.
 */
export async function loadWidget(fetch: typeof globalThis.fetch): Promise<Widget['MicrocredentialVerifyElement']> {
  const url = new URL('./widget/microcredential-verify.js', document.baseURI).href;
  const widget = await import(/* @vite-ignore */ url) as Widget;
  widget.MicrocredentialVerifyElement.setFetch(fetch);
  return widget.MicrocredentialVerifyElement;
}

/** Where the element's script lives, for the embed snippet. */
export const widgetScriptUrl = (): string => new URL('./widget/microcredential-verify.js', document.baseURI).href;
