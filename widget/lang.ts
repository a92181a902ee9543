import type {Lang} from '../shared/index.js';

/** `nl`, `nl-NL`, `NL-be` → nl; `en*` → en; anything else is not ours to speak. */
export function parseLang(value: string | null | undefined): Lang | null {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'nl' || primary === 'en' ? primary : null;
}

/**
 * The element's language (contract §5): its own `lang` when that is nl or en; otherwise the
 * nearest ancestor's `lang` (across shadow roots), else `<html lang>`, else English. An
 * ancestor in another language means English: we speak only these two.
 */
export function resolveLang(element: Element): Lang {
  const own = parseLang(element.getAttribute('lang'));
  if(own) {
    return own;
  }
  let node: Element | null = parentOf(element);
  while(node) {
    const value = node.getAttribute('lang');
    if(value) {
      return parseLang(value) ?? 'en';
    }
    node = parentOf(node);
  }
  return 'en';
}

function parentOf(element: Element): Element | null {
  if(element.parentElement) {
    return element.parentElement;
  }
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
