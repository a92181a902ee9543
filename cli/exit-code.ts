import type {Verdict} from '../shared/index.js';

/** Contract §1 exit statuses. */
export const EXIT = {verified: 0, invalid: 1, usage: 2, unverifiable: 3, warning: 4} as const;

// Worst first: 1 > 3 > 4 > 0 (contract §1).
const SEVERITY: readonly Verdict[] = ['invalid', 'unverifiable', 'warning', 'verified'];

/** The exit status for a run: the worst verdict among all reports; no report at all is "unverifiable". */
export function exitCodeFor(verdicts: readonly Verdict[]): number {
  if(verdicts.length === 0) {
    return EXIT.unverifiable;
  }
  const worst = SEVERITY.find(verdict => verdicts.includes(verdict)) ?? 'unverifiable';
  return EXIT[worst];
}
