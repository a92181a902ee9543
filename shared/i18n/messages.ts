import type {Code} from '../codes.js';
import type {CheckId, Lang} from '../types.js';
import type {Catalogue, Params} from './messages/catalogue.js';
import {lazy} from '../util/lazy.js';

export type {Catalogue} from './messages/catalogue.js';

const LOADERS: Record<Lang, () => Promise<Catalogue>> = {
  en: lazy(async() => (await import('./messages/en.js')).EN),
  nl: lazy(async() => (await import('./messages/nl.js')).NL),
};

/** The checks' sentences in one language, imported on first use (the widget loads one language, design.md). */
export function loadMessages(lang: Lang): Promise<Catalogue> {
  return LOADERS[lang]();
}

export function messageFor(check: CheckId, code: Code, params: Params, lang: Lang, catalogue: Catalogue): string {
  if(lang === 'nl' && params.reason_nl !== undefined) {
    params = {...params, reason: params.reason_nl};
  }
  const template = code === 'not_checked' ? catalogue.not_checked[check] : catalogue[code as Exclude<Code, 'not_checked'>];
  return template ? template(params) : (lang === 'nl' ? `Uitkomst: ${code}.` : `Outcome: ${code}.`);
}
