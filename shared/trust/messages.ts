import type {Code} from '../codes.js';
import type {Lang} from '../types.js';

type Params = Partial<Record<string, string>>;
type TrustCode = Extract<Code, 'issuer_recognised' | 'issuer_not_recognised' | 'issuer_name_differs'>;

const brin = (p: Params) => (p.brin ? ` (BRIN ${p.brin})` : '');

/**
 * The `trust` check's sentences (glossary.md: "recognised"/"erkend" only ever about an issuer on a
 * trust list, never about the credential). Spread into the catalogues of i18n/messages.ts.
 */
export const TRUST_MESSAGES: Record<Lang, Record<TrustCode, (p: Params) => string>> = {
  en: {
    issuer_recognised: p => p.platform ?
      `The issuer, ${p.name}${brin(p)}, is an institution on ${p.platform}, which "${p.list}" recognises as a platform that vouches for its institutions.` :
      `The issuer, ${p.name}, is recognised by "${p.list}".`,
    issuer_name_differs: p => `The issuer is recognised by "${p.list}" as ${p.name}${brin(p)}, but the credential calls it ${p.claimed}.`,
    issuer_not_recognised: p => p.environment ?
      `The issuer (${p.issuer}) is on the ${p.environment} environment of ${p.platform}, which is never a recognised source; only its production environment is.` :
      p.expired ? `The issuer (${p.issuer}) was on "${p.expired}", but that entry is no longer valid.` :
        `The issuer (${p.issuer}) is not on any trust list we use.`,
  },
  nl: {
    issuer_recognised: p => p.platform ?
      `De uitgever, ${p.name}${brin(p)}, is een instelling op ${p.platform}, dat "${p.list}" erkent als platform dat instaat voor zijn instellingen.` :
      `De uitgever, ${p.name}, is erkend door "${p.list}".`,
    issuer_name_differs: p => `De uitgever is erkend door "${p.list}" als ${p.name}${brin(p)}, maar het certificaat noemt het ${p.claimed}.`,
    issuer_not_recognised: p => p.environment ?
      `De uitgever (${p.issuer}) staat op de ${p.environment}-omgeving van ${p.platform}; die geldt nooit als erkende bron, alleen de productieomgeving.` :
      p.expired ? `De uitgever (${p.issuer}) stond op "${p.expired}", maar die vermelding is niet meer geldig.` :
        `De uitgever (${p.issuer}) staat niet op een lijst van erkende uitgevers die we gebruiken.`,
  },
};
