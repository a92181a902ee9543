import {both} from './words.js';
import {result, type Rule} from '../frameworks/rule.js';

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** NL-ALL-01: a microcredential, not any edubadge (standards.md §3.3 [S10, S21]); only reached when claimed. */
export const microcredentialMarked: Rule = ctx => result('pass', both(lang => `${capital(ctx.claimBasis[lang])}.`));
