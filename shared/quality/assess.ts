import type {Credential} from '../credential.js';
import type {CheckId, CheckOutcome, Lang, Quality} from '../types.js';
import {assessElements} from './elements/assess-elements.js';
import {MANDATORY, type ElementId} from './elements/ids.js';
import {microFetchOf} from './edubadges-micro.js';
import {emptyFacts} from './facts.js';
import {claimOf} from './frameworks/claim.js';
import {evaluateFramework} from './frameworks/evaluate.js';
import type {RuleContext} from './frameworks/rule.js';
import {versionOn, type FrameworkId} from './frameworks/versions.js';
import {institutionOf} from './institution.js';
import {readFacts} from './read/read-facts.js';
import {standingFrom, standingOfServedAchievement} from './standing.js';

export {ELEMENT_IDS} from './elements/ids.js';

const FRAMEWORKS: readonly FrameworkId[] = ['nl-hbo-wo', 'nl-mbo'];

/**
 * The quality scorecard of contract §2: the 16 EU standard elements with the mechanical checks of
 * standards.md §1.3, and both Dutch frameworks with the rules of §3.3, judged against the framework
 * version in force on the issuance date. Messages are in `lang`. `outcomes` are the checks' results:
 * the institution rules read `trust` (and whether `integrity`/`issuer` held), NL-ALL-VALID `validity`,
 * NL-ALL-REVOKED `status`. Never changes the verdict (contract §3).
 */
export function assessQuality(credential: Credential | null, lang: Lang = 'en',
  outcomes: Partial<Record<CheckId, CheckOutcome>> = {}): Quality {
  const facts = credential ? readFacts(credential) : emptyFacts();
  const elements = assessElements(facts);
  const claim = claimOf(facts, credential);
  const standing = standingOfServedAchievement(credential) ?? standingFrom(outcomes);
  const issuedOn = facts.issued?.value ?? credential?.issuedOn ?? null;
  const context = (framework: FrameworkId): RuleContext => ({
    framework, facts, elements: new Map(elements.map(element => [element.id as ElementId, element])), issuedOn,
    version: versionOn(framework, issuedOn), institution: institutionOf(facts, standing), standing, claimBasis: claim.basis,
    validUntil: credential?.validUntil ?? null, microFields: credential ? microFetchOf(credential) : 'not-tried',
    platform: credential?.platform ?? null, outcomes,
  });
  return {
    microcredential: claim.microcredential,
    euComplete: elements.filter(element => MANDATORY.includes(element.id as ElementId)).every(element => element.status === 'present'),
    elements,
    frameworks: FRAMEWORKS.map(framework => evaluateFramework(framework, claim, context(framework), lang)),
  };
}
