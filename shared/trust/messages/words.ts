import type {Code} from '../../codes.js';

export type Params = Partial<Record<string, string>>;
export type TrustCode = Extract<Code, 'issuer_recognised' | 'issuer_not_recognised' | 'issuer_name_differs'>;
export type TrustSentences = Record<TrustCode, (p: Params) => string>;

export const brin = (p: Params) => (p.brin ? ` (BRIN ${p.brin})` : '');
