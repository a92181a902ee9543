import type {FrameworkResult} from '../../types.js';
import type {Scoring} from '../assemble.js';
import {microFetchOf} from '../edubadges-micro.js';
import type {ElementId} from '../elements/ids.js';
import {institutionOf} from '../institution.js';
import {standingFrom, standingOfServedAchievement} from '../standing.js';
import {evaluateFramework} from './evaluate.js';
import type {RuleContext} from './rule.js';
import {versionOn, type FrameworkId} from './versions.js';

/**
 * A framework's rules, judged against the framework version in force on the issuance date. The
 * institution rules read `trust` (and whether `integrity`/`issuer` held), NL-ALL-VALID `validity`,
 * NL-ALL-REVOKED `status`.
 */
export function judgeFramework(framework: FrameworkId, {facts, elements, credential, claim, outcomes, lang}: Scoring): FrameworkResult {
  const standing = standingOfServedAchievement(credential) ?? standingFrom(outcomes);
  const issuedOn = facts.issued?.value ?? credential?.issuedOn ?? null;
  const context: RuleContext = {
    framework, facts, elements: new Map(elements.map(element => [element.id as ElementId, element])), issuedOn,
    version: versionOn(framework, issuedOn), institution: institutionOf(facts, standing), standing, claimBasis: claim.basis,
    validUntil: credential?.validUntil ?? null, microFields: credential ? microFetchOf(credential) : 'not-tried',
    platform: credential?.platform ?? null, outcomes,
  };
  return evaluateFramework(framework, claim, context, lang);
}
