import type {Credential} from '../credential.js';
import type {CheckId, CheckOutcome, Lang, Quality} from '../types.js';
import {assemble} from './assemble.js';
import {emptyFacts} from './facts.js';
import {claimOf} from './frameworks/claim.js';
import {judgeFramework} from './frameworks/judge.js';
import {readFacts} from './read/read-facts.js';

export {ELEMENT_IDS} from './elements/ids.js';

/**
 * The quality scorecard of contract §2 with every reader and rule at hand (Node and tests; the
 * verifier uses ./scorecard.ts, which loads only what a credential needs). Messages are in `lang`;
 * `outcomes` are the checks' results.
 */
export function assessQuality(credential: Credential | null, lang: Lang = 'en',
  outcomes: Partial<Record<CheckId, CheckOutcome>> = {}): Quality {
  const facts = credential ? readFacts(credential) : emptyFacts();
  return assemble(facts, credential, claimOf(facts, credential), lang, outcomes, judgeFramework);
}
