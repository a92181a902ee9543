import type {Code} from '../../codes.js';
import type {CheckId} from '../../types.js';

export type Params = Partial<Record<string, string>>;
type Template = (p: Params) => string;

/**
 * One sentence per (check, code), in plain language (glossary.md), one file per language so a
 * verification loads only its own. Credential content quoted in them is rendered as text by every
 * front end; messages never contain markup.
 */
export type Catalogue = Partial<Record<Exclude<Code, 'not_checked'>, Template>> & {not_checked: Partial<Record<CheckId, Template>>};
