import type {CheckResult, Lang, Verdict} from '../types.js';

type Reasons = Record<string, string>;

/** Why a credential is invalid, by the first failing check's code. */
const INVALID: Record<Lang, Reasons> = {
  en: {malformed: 'is not well formed', too_large: 'is too large to be a credential',
    invalid_signature: 'was changed after it was issued', issuer_key_mismatch: 'was not signed by its issuer',
    hosted_origin_mismatch: 'is not hosted by its issuer', revoked: 'has been revoked', suspended: 'has been suspended',
    expired: 'has expired', not_yet_valid: 'is not valid yet'},
  nl: {malformed: 'is niet goed opgebouwd', too_large: 'is te groot voor een certificaat',
    invalid_signature: 'is gewijzigd na uitgifte', issuer_key_mismatch: 'is niet door de uitgever ondertekend',
    hosted_origin_mismatch: 'staat niet bij de uitgever', revoked: 'is ingetrokken', suspended: 'is opgeschort',
    expired: 'is verlopen', not_yet_valid: 'is nog niet geldig'},
};

/** What stands between a warning and "verified", by check. */
const WARNING: Record<Lang, Reasons> = {
  en: {status: 'we could not check whether it was revoked', trust: 'the issuer is not on a trust list we use',
    recipient: 'it was not issued to the person you named', other: 'not everything could be confirmed',
    name: 'the credential names its issuer differently from the trust list'},
  nl: {status: 'we konden niet nagaan of het is ingetrokken', trust: 'de uitgever staat niet op een lijst van erkende uitgevers die we gebruiken',
    recipient: 'het is niet uitgegeven aan de persoon die je noemde', other: 'niet alles kon worden bevestigd',
    name: 'het certificaat noemt de uitgever anders dan de lijst van erkende uitgevers'},
};

/** One plain sentence for the whole report (glossary.md "Verdicts"). */
export function summarise(verdict: Verdict, checks: CheckResult[], lang: Lang, issuerName: string | null): string {
  const nl = lang === 'nl';
  switch(verdict) {
  case 'verified':
    return nl ? `Echt, niet ingetrokken, uitgegeven door ${issuerName ?? 'een erkende uitgever'}.` :
      `Authentic, not revoked, issued by ${issuerName ?? 'a recognised issuer'}.`;
  case 'invalid': {
    const failed = checks.find(check => check.status === 'fail' && INVALID[lang][check.code]);
    const reason = failed ? INVALID[lang][failed.code] : (nl ? 'is ongeldig' : 'is not valid');
    return nl ? `Dit certificaat ${reason}.` : `This credential ${reason}.`;
  }
  case 'unverifiable': {
    const unknown = checks.find(check => (check.status === 'unknown' || check.status === 'fail') &&
      ['format', 'integrity', 'issuer'].includes(check.id));
    const why = unknown ? lowerFirst(unknown.message) : '';
    return nl ? `We konden dit certificaat niet controleren: ${why}` : `We could not check this credential: ${why}`;
  }
  case 'warning': {
    const cause = checks.find(check => (check.id === 'status' && check.status === 'unknown') ||
      (check.id === 'trust' && check.status !== 'pass') || (check.id === 'recipient' && check.status === 'fail'));
    const reason = WARNING[lang][cause?.code === 'issuer_name_differs' ? 'name' : cause?.id ?? 'other'];
    return nl ? `Echt, maar ${reason}.` : `Authentic, but ${reason}.`;
  }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
