import type {CheckId, CheckResult, CheckStatus, Verdict} from './types.js';

const DECISIVE: readonly CheckId[] = ['format', 'integrity', 'issuer', 'status', 'validity'];
const IDENTITY: readonly CheckId[] = ['format', 'integrity', 'issuer'];

/**
 * The verdict policy of contract §3, the only place it lives. Every front end calls this,
 * so the extension, the widget and the command line can never disagree.
 */
export function summarise(checks: readonly Pick<CheckResult, 'id' | 'status'>[]): Verdict {
  const statusOf = (id: CheckId): CheckStatus | undefined => checks.find(check => check.id === id)?.status;
  if(DECISIVE.some(id => statusOf(id) === 'fail')) {
    return 'invalid';
  }
  if(IDENTITY.some(id => statusOf(id) === 'unknown' || statusOf(id) === undefined)) {
    return 'unverifiable';
  }
  const trust = statusOf('trust');
  if(statusOf('status') === 'unknown' || trust !== 'pass' ||
    statusOf('recipient') === 'fail' || checks.some(check => check.status === 'warn')) {
    return 'warning';
  }
  // Rule 4: every check passed or was skipped. Anything else (an `unknown` validity,
  // say) is not a pass, and "unknown is never pass".
  return checks.every(check => check.status === 'pass' || check.status === 'skipped') ? 'verified' : 'warning';
}
