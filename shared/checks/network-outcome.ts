import type {FetchProblem} from '../credential.js';
import {isNetError} from '../net/net-error.js';
import type {CheckOutcome} from '../types.js';

/**
 * A request a check needed did not succeed: say which and why, as `unknown` (never pass,
 * never fail: we simply do not know). Returns null for errors that are not network errors.
 */
export function networkOutcome(error: unknown, what: string): CheckOutcome | null {
  return isNetError(error) ? problemOutcome(error, what) : null;
}

/** The outcome for a failed request, from the network layer's error or a recorded fetch problem. */
export function problemOutcome(problem: Pick<FetchProblem, 'code' | 'url' | 'message' | 'httpStatus'>, what: string): CheckOutcome {
  // A 404 of a key or list, or an oversized answer, is a failed lookup; `not_found` is kept for
  // the credential itself ("private or removed", contract §2), which callers set explicitly.
  const code = problem.code === 'not_found' || problem.code === 'too_large' ? 'network_error' : problem.code;
  return {
    status: 'unknown', code,
    params: {url: problem.url, reason: problem.message, what},
    evidence: {url: problem.url, reason: problem.message, httpStatus: problem.httpStatus ?? null},
  };
}
