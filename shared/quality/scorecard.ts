import type {Credential} from '../credential.js';
import type {CheckId, CheckOutcome, Lang, Quality} from '../types.js';
import {assemble, type Judge} from './assemble.js';
import {emptyFacts} from './facts.js';
import {claimOf} from './frameworks/claim.js';
import {notClaimed} from './frameworks/not-claimed.js';
import {loadFacts} from './read/load-reader.js';
import {lazy} from '../util/lazy.js';

export const loadJudge = lazy(() => import('./frameworks/judge.js'));

/**
 * The quality scorecard as the verifier builds it: the one fact reader the credential's format
 * needs, and the framework rules only when the credential claims a Dutch framework, each imported
 * on first use (the widget loads ≤ 90 KB for one verification, design.md). Same result as
 * ./assess.ts, which has everything at hand (a test holds them equal).
 */
export async function scorecard(credential: Credential, lang: Lang, outcomes: Partial<Record<CheckId, CheckOutcome>>): Promise<Quality> {
  const facts = await loadFacts(credential);
  const claim = claimOf(facts, credential);
  const judge: Judge = claim.frameworks.length > 0 ? (await loadJudge()).judgeFramework :
    framework => notClaimed(framework, claim, lang);
  return assemble(facts, credential, claim, lang, outcomes, judge);
}

/** The scorecard of input that never became a credential: no facts, no claim. */
export function emptyScorecard(lang: Lang): Quality {
  const facts = emptyFacts();
  const claim = claimOf(facts, null);
  return assemble(facts, null, claim, lang, {}, framework => notClaimed(framework, claim, lang));
}
