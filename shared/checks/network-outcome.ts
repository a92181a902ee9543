import {isNetError} from '../net/net-error.js';
import type {CheckOutcome} from '../types.js';

/**
 * A request a check needed did not succeed: say which and why, as `unknown` (never pass,
 * never fail: we simply do not know). Returns null for errors that are not network errors.
 */
export function networkOutcome(error: unknown, what: string): CheckOutcome | null {
  if(!isNetError(error)) {
    return null;
  }
  const code = error.code === 'not_found' || error.code === 'too_large' ? 'network_error' : error.code;
  return {
    status: 'unknown', code,
    params: {url: error.url, reason: error.message, what},
    evidence: {url: error.url, reason: error.message, httpStatus: error.httpStatus ?? null},
  };
}
