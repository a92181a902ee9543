import type {Lang} from '../types.js';
import {TRUST_EN} from './messages/en.js';
import {TRUST_NL} from './messages/nl.js';
import type {TrustSentences} from './messages/words.js';

/** The `trust` check's sentences in both languages (the catalogues import one language each). */
export const TRUST_MESSAGES: Record<Lang, TrustSentences> = {en: TRUST_EN, nl: TRUST_NL};
