import type {CheckId, CheckStatus, Lang, Verdict} from '../types.js';

/** Words for verdicts, checks and statuses, in both languages (glossary.md). */
const VERDICTS: Record<Lang, Record<Verdict | 'pending', string>> = {
  en: {verified: 'Verified', warning: 'Check details', invalid: 'Not valid', unverifiable: "Can't be checked", pending: 'Checking…'},
  nl: {verified: 'Geverifieerd', warning: 'Let op', invalid: 'Ongeldig', unverifiable: 'Niet te controleren', pending: 'Controleren…'},
};

const CHECKS: Record<Lang, Record<CheckId, string>> = {
  en: {format: 'Format', integrity: 'Unchanged', issuer: 'Signed by the issuer', status: 'Not revoked',
    validity: 'Validity', trust: 'Recognised issuer', recipient: 'Recipient'},
  nl: {format: 'Formaat', integrity: 'Ongewijzigd', issuer: 'Ondertekend door de uitgever', status: 'Niet ingetrokken',
    validity: 'Geldigheid', trust: 'Erkende uitgever', recipient: 'Ontvanger'},
};

const STATUSES: Record<Lang, Record<CheckStatus, string>> = {
  en: {pass: 'pass', fail: 'fail', warn: 'warning', unknown: 'unknown', skipped: 'skipped'},
  nl: {pass: 'in orde', fail: 'afgekeurd', warn: 'let op', unknown: 'onbekend', skipped: 'overgeslagen'},
};

export const verdictLabel = (verdict: Verdict | 'pending', lang: Lang): string => VERDICTS[lang][verdict];
export const checkLabel = (id: CheckId, lang: Lang): string => CHECKS[lang][id];
export const statusLabel = (status: CheckStatus, lang: Lang): string => STATUSES[lang][status];
