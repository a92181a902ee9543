import {expect, test} from 'vitest';
import {exitCodeFor} from '../../cli/exit-code.js';
import type {Verdict} from '../../shared/types.js';

test.each<[Verdict[], number]>([
  [['verified'], 0],
  [['warning'], 4],
  [['invalid'], 1],
  [['unverifiable'], 3],
  [['verified', 'warning'], 4],
  [['warning', 'unverifiable', 'verified'], 3],
  [['unverifiable', 'invalid', 'warning'], 1],
  [[], 3],
])('%j → exit %i (worst wins: 1 > 3 > 4 > 0)', (verdicts, code) => {
  expect(exitCodeFor(verdicts)).toBe(code);
});
