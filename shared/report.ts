import type {Credential} from './credential.js';
import {loadMessages, messageFor} from './i18n/messages.js';
import {summarise as summarySentence} from './i18n/summary.js';
import {emptyScorecard, scorecard} from './quality/scorecard.js';
import {CHECK_IDS, type CheckId, type CheckOutcome, type CheckResult, type FormatId, type Lang, type Quality, type Report} from './types.js';
import {summarise} from './verdict.js';

/** Turn check outcomes (facts) and the quality scorecard into the report of contract §2: wording, verdict, summary. */
export async function buildReport(input: string, format: FormatId, credential: Credential | null,
  outcomes: Partial<Record<CheckId, CheckOutcome>>, lang: Lang, quality: Quality): Promise<Report> {
  const messages = await loadMessages(lang);
  const checks: CheckResult[] = CHECK_IDS.map(id => {
    const outcome = outcomes[id] ?? {status: 'unknown', code: 'not_checked'};
    return {
      id, status: outcome.status, code: outcome.code,
      message: messageFor(id, outcome.code, outcome.params ?? {}, lang, messages),
      evidence: outcome.evidence ?? {},
    };
  });
  const verdict = summarise(checks);
  const trustedName = outcomes.trust?.status === 'pass' ? outcomes.trust.params?.name ?? null : null;
  return {
    input,
    verdict,
    format,
    summary: summarySentence(verdict, checks, lang, trustedName ?? credential?.issuer.name ?? null),
    checks,
    credential: credential && {
      title: credential.title,
      issuer: {id: credential.issuer.id, name: credential.issuer.name},
      issuedOn: credential.issuedOn,
      validUntil: credential.validUntil,
      recipient: {
        ...(credential.subject.id ? {id: credential.subject.id} : {}),
        ...(credential.subject.name ? {name: credential.subject.name} : {}),
        ...(credential.subject.identifiers.length ? {identifiers: credential.subject.identifiers} : {}),
      },
      achievement: credential.achievement ?? {},
      image: credential.image,
    },
    presentation: null,
    quality,
  };
}

/** The report for input that never became a credential: only `format` (and what follows from it) says why. */
export function rejectedReport(input: string, format: FormatId, formatOutcome: CheckOutcome, lang: Lang,
  recipientRequested: boolean,
  integrity: CheckOutcome = {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}}): Promise<Report> {
  return buildReport(input, format, null, {
    format: formatOutcome,
    integrity,
    issuer: {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}},
    status: {status: 'skipped', code: 'not_checked', evidence: {reason: 'format'}},
    validity: {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}},
    trust: {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}},
    recipient: recipientRequested ? {status: 'unknown', code: 'recipient_not_checkable', evidence: {reason: 'format'}} :
      {status: 'skipped', code: 'not_requested', evidence: {}},
  }, lang, emptyScorecard(lang));
}

/**
 * A badge class or achievement given on its own (contract §2 `format`: `achievement`, verdict
 * `unverifiable`, code `not_an_award`), with its quality scorecard: what the course leads to.
 */
export async function achievementReport(input: string, credential: Credential, lang: Lang, recipientRequested: boolean): Promise<Report> {
  const notChecked = (reason: string): CheckOutcome => ({status: 'unknown', code: 'not_checked', evidence: {reason}});
  const outcomes: Partial<Record<CheckId, CheckOutcome>> = {
    format: {status: 'unknown', code: 'not_an_award', evidence: {types: credential.types}},
    integrity: notChecked('not an award'),
    issuer: notChecked('not an award'),
    status: {status: 'skipped', code: 'not_checked', evidence: {reason: 'not an award'}},
    validity: notChecked('not an award'),
    trust: notChecked('not an award'),
    recipient: recipientRequested ? {status: 'unknown', code: 'recipient_not_checkable', evidence: {}} :
      {status: 'skipped', code: 'not_requested', evidence: {}},
  };
  return buildReport(input, 'achievement', credential, outcomes, lang, await scorecard(credential, lang, outcomes));
}
