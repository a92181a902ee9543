import type {FrameworkResult, FrameworkRule, Lang, RuleStatus} from '../../types.js';
import {CATALOGUE} from './catalogue.js';
import type {Claim} from './claim.js';
import {notClaimed} from './not-claimed.js';
import type {RuleContext} from './rule.js';
import type {FrameworkId} from './versions.js';

const SEVERITY_CAP: Record<'E' | 'W' | 'I', RuleStatus[]> = {E: ['pass', 'fail', 'warn', 'info'], W: ['pass', 'warn', 'info'], I: ['info']};

/**
 * One framework's rules against the credential; `conformant` when none fails (contract §2). A
 * framework the credential does not claim is `not_claimed` (./not-claimed.ts).
 */
export function evaluateFramework(framework: FrameworkId, claim: Claim, ctx: RuleContext, lang: Lang): FrameworkResult {
  if(!claim.frameworks.includes(framework)) {
    return notClaimed(framework, claim, lang);
  }
  const rules: FrameworkRule[] = CATALOGUE[framework].map(spec => {
    const outcome = spec.check(ctx);
    // A W rule never fails the claim and an I rule only informs, whatever its function returns.
    const status = SEVERITY_CAP[spec.severity].includes(outcome.status) ? outcome.status : spec.severity === 'W' ? 'warn' : 'info';
    return {id: spec.id, status, message: outcome.text[lang]};
  });
  return {id: framework, status: rules.some(rule => rule.status === 'fail') ? 'non_conformant' : 'conformant', rules};
}
