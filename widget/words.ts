import type {Lang} from '../shared/index.js';

/** What the element says when its own code could not be loaded (there is no report to word). */
export const LOAD_FAILED: Record<Lang, string> = {
  en: "Can't be checked: the verifier could not be loaded.",
  nl: 'Niet te controleren: de controle kon niet worden geladen.',
};
