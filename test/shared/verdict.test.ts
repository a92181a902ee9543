import {expect, test} from 'vitest';
import {CHECK_IDS, summarise} from '../../shared/index.js';
import type {CheckId, CheckStatus, Verdict} from '../../shared/index.js';

type Row = Partial<Record<CheckId, CheckStatus>>;
const PASSING: Record<CheckId, CheckStatus> = {
  format: 'pass', integrity: 'pass', issuer: 'pass', status: 'skipped', validity: 'pass', trust: 'pass', recipient: 'skipped',
};
const checks = (row: Row) => CHECK_IDS.map(id => ({id, status: row[id] ?? PASSING[id]}));

/** Contract §3, rule by rule. Each row changes the all-passing report in one or two places. */
test.each<[string, Row, Verdict]>([
  ['everything passes or is skipped', {}, 'verified'],
  ['status passes too', {status: 'pass'}, 'verified'],
  ['recipient passes', {recipient: 'pass'}, 'verified'],
  ['format fails', {format: 'fail'}, 'invalid'],
  ['integrity fails', {integrity: 'fail'}, 'invalid'],
  ['issuer fails', {issuer: 'fail'}, 'invalid'],
  ['status fails (revoked)', {status: 'fail'}, 'invalid'],
  ['validity fails (expired)', {validity: 'fail'}, 'invalid'],
  ['a failure beats an unknown', {integrity: 'unknown', validity: 'fail'}, 'invalid'],
  ['format unknown', {format: 'unknown'}, 'unverifiable'],
  ['integrity unknown', {integrity: 'unknown'}, 'unverifiable'],
  ['issuer unknown', {issuer: 'unknown'}, 'unverifiable'],
  ['unknown identity beats a status warning', {issuer: 'unknown', status: 'unknown'}, 'unverifiable'],
  ['status unknown', {status: 'unknown'}, 'warning'],
  ['trust warns', {trust: 'warn'}, 'warning'],
  ['trust unknown', {trust: 'unknown'}, 'warning'],
  ['recipient fails', {recipient: 'fail'}, 'warning'],
  ['validity unknown is not a pass', {validity: 'unknown'}, 'warning'],
  ['a recipient failure never makes it invalid', {recipient: 'fail', trust: 'pass'}, 'warning'],
])('%s → %s', (_name, row, verdict) => {
  expect(summarise(checks(row))).toBe(verdict);
});

test('a missing identity check counts as unknown', () => {
  expect(summarise(checks({}).filter(check => check.id !== 'integrity'))).toBe('unverifiable');
});
