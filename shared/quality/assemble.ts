import type {Credential} from '../credential.js';
import type {CheckId, CheckOutcome, FrameworkResult, Lang, Quality, QualityElement} from '../types.js';
import {assessElements} from './elements/assess-elements.js';
import {MANDATORY, type ElementId} from './elements/ids.js';
import type {QualityFacts} from './facts.js';
import type {Claim} from './frameworks/claim.js';
import type {FrameworkId} from './frameworks/versions.js';

export const FRAMEWORKS: readonly FrameworkId[] = ['nl-hbo-wo', 'nl-mbo'];

/** What a framework is judged on. */
export interface Scoring {
  facts: QualityFacts;
  elements: QualityElement[];
  credential: Credential | null;
  claim: Claim;
  outcomes: Partial<Record<CheckId, CheckOutcome>>;
  lang: Lang;
}

export type Judge = (framework: FrameworkId, scoring: Scoring) => FrameworkResult;

/**
 * The quality scorecard of contract §2 from facts already read: the 16 EU standard elements
 * (standards.md §1.3) and each Dutch framework as `judge` finds it. Never changes the verdict (contract §3).
 */
export function assemble(facts: QualityFacts, credential: Credential | null, claim: Claim, lang: Lang,
  outcomes: Partial<Record<CheckId, CheckOutcome>>, judge: Judge): Quality {
  const elements = assessElements(facts);
  const scoring: Scoring = {facts, elements, credential, claim, outcomes, lang};
  return {
    microcredential: claim.microcredential,
    euComplete: elements.filter(element => MANDATORY.includes(element.id as ElementId)).every(element => element.status === 'present'),
    elements,
    frameworks: FRAMEWORKS.map(framework => judge(framework, scoring)),
  };
}
