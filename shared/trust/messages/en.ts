import {brin, type TrustSentences} from './words.js';

/**
 * The `trust` check's sentences in English (glossary.md: "recognised"/"erkend" only ever about an
 * issuer on a trust list, never about the credential). Spread into i18n/messages/en.ts.
 */
export const TRUST_EN: TrustSentences = {
  issuer_recognised: p => p.platform ?
    `The issuer, ${p.name}${brin(p)}, is an institution on ${p.platform}, which "${p.list}" recognises as a platform that vouches for its institutions.` :
    `The issuer, ${p.name}, is recognised by "${p.list}".`,
  issuer_name_differs: p => `The issuer is recognised by "${p.list}" as ${p.name}${brin(p)}, but the credential calls it ${p.claimed}.`,
  issuer_not_recognised: p => p.environment ?
    `The issuer (${p.issuer}) is on the ${p.environment} environment of ${p.platform}, which is never a recognised source; only its production environment is.` :
    p.expired ? `The issuer (${p.issuer}) was on "${p.expired}", but that entry is no longer valid.` :
      `The issuer (${p.issuer}) is not on any trust list we use.`,
};
