import {text, type Text} from '../../i18n/text.js';
import type {FrameworkResult, FrameworkRule, Lang, RuleStatus} from '../../types.js';
import {FRAMEWORK_NAMES} from '../rules/words.js';
import {CATALOGUE} from './catalogue.js';
import type {Claim} from './claim.js';
import type {RuleContext} from './rule.js';
import type {FrameworkId} from './versions.js';

const SEVERITY_CAP: Record<'E' | 'W' | 'I', RuleStatus[]> = {E: ['pass', 'fail', 'warn', 'info'], W: ['pass', 'warn', 'info'], I: ['info']};

/**
 * One framework's rules against the credential; `conformant` when none fails (contract §2). A
 * framework the credential does not claim is `not_claimed` with one informational NL-ALL-01
 * saying why — a regular edubadge is not a failing microcredential (the quality issue).
 */
export function evaluateFramework(framework: FrameworkId, claim: Claim, ctx: RuleContext, lang: Lang): FrameworkResult {
  if(!claim.frameworks.includes(framework)) {
    return {id: framework, status: 'not_claimed', rules: [{id: 'NL-ALL-01', status: 'info', message: whyNotClaimed(framework, claim)[lang]}]};
  }
  const rules: FrameworkRule[] = CATALOGUE[framework].map(spec => {
    const outcome = spec.check(ctx);
    // A W rule never fails the claim and an I rule only informs, whatever its function returns.
    const status = SEVERITY_CAP[spec.severity].includes(outcome.status) ? outcome.status : spec.severity === 'W' ? 'warn' : 'info';
    return {id: spec.id, status, message: outcome.text[lang]};
  });
  return {id: framework, status: rules.some(rule => rule.status === 'fail') ? 'non_conformant' : 'conformant', rules};
}

function whyNotClaimed(framework: FrameworkId, claim: Claim): Text {
  const name = FRAMEWORK_NAMES[framework];
  if(!claim.microcredential) {
    return text(`Not a microcredential: ${claim.basis.en}. ${capital(name.en)} does not apply.`,
      `Geen microcredential: ${claim.basis.nl}. ${capital(name.nl)} is niet van toepassing.`);
  }
  if(claim.frameworks.length > 0) {
    const other = FRAMEWORK_NAMES[claim.frameworks[0]];
    return text(`It claims ${other.en}, not this one.`, `Het claimt ${other.nl}, niet dit kwaliteitskader.`);
  }
  return text('It claims to be a microcredential but names no Dutch framework.',
    'Het claimt een microcredential te zijn, maar noemt geen Nederlands kwaliteitskader.');
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
