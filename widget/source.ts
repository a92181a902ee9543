import type {VerifyInput} from '../shared/index.js';

/** Where the credential comes from, and a key that changes exactly when it does. */
export type Source =
  | {kind: 'input'; input: VerifyInput; key: string}
  | {kind: 'none'; key: string}
  | {kind: 'bad-src'; src: string; key: string};

const INLINE_TYPES = ['application/json', 'application/ld+json', 'application/jwt'];

/**
 * Contract §5: the `credential` property wins, then `src`, then the first inline child
 * `<script type="application/json|ld+json|jwt">`. A `src` is resolved against the page's base
 * URL; anything but http(s) cannot be fetched (the core itself refuses plain http).
 */
export function readSource(element: HTMLElement, property: {value: VerifyInput | null; version: number}): Source {
  if(property.value !== null) {
    return {kind: 'input', input: property.value, key: `property:${property.version}`};
  }
  const src = element.getAttribute('src');
  if(src !== null && src.trim() !== '') {
    let url: URL | null = null;
    try {
      url = new URL(src.trim(), element.ownerDocument.baseURI);
    } catch {
      url = null;
    }
    return url && (url.protocol === 'https:' || url.protocol === 'http:') ?
      {kind: 'input', input: url.href, key: `src:${url.href}`} : {kind: 'bad-src', src, key: `bad-src:${src}`};
  }
  const script = [...element.children].find(child => child instanceof HTMLScriptElement &&
    INLINE_TYPES.includes(child.type.trim().toLowerCase()));
  if(script) {
    const text = script.textContent ?? '';
    return {kind: 'input', input: text, key: `inline:${text}`};
  }
  return {kind: 'none', key: 'none'};
}
