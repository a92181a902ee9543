import {brin, type TrustSentences} from './words.js';

/**
 * The `trust` check's sentences in Dutch (glossary.md: "recognised"/"erkend" only ever about an
 * issuer on a trust list, never about the credential). Spread into i18n/messages/nl.ts.
 */
export const TRUST_NL: TrustSentences = {
  issuer_recognised: p => p.platform ?
    `De uitgever, ${p.name}${brin(p)}, is een instelling op ${p.platform}, dat "${p.list}" erkent als platform dat instaat voor zijn instellingen.` :
    `De uitgever, ${p.name}, is erkend door "${p.list}".`,
  issuer_name_differs: p => `De uitgever is erkend door "${p.list}" als ${p.name}${brin(p)}, maar het certificaat noemt het ${p.claimed}.`,
  issuer_not_recognised: p => p.environment ?
    `De uitgever (${p.issuer}) staat op de ${p.environment}-omgeving van ${p.platform}; die geldt nooit als erkende bron, alleen de productieomgeving.` :
    p.expired ? `De uitgever (${p.issuer}) stond op "${p.expired}", maar die vermelding is niet meer geldig.` :
      `De uitgever (${p.issuer}) staat niet op een lijst van erkende uitgevers die we gebruiken.`,
};
