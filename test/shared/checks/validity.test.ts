import {expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';

const NOW = new Date('2026-11-23T12:00:00Z');

// Five minutes of clock skew either way (contract §2 `validity`).
test.each([
  ['validFrom 4 minutes ahead', {validFrom: '2026-11-23T12:04:00Z'}, 'pass within_validity'],
  ['validFrom 6 minutes ahead', {validFrom: '2026-11-23T12:06:00Z'}, 'fail not_yet_valid'],
  ['validUntil 4 minutes ago', {validUntil: '2026-11-23T11:56:00Z'}, 'pass within_validity'],
  ['validUntil 6 minutes ago', {validUntil: '2026-11-23T11:54:00Z'}, 'fail expired'],
  ['no end date', {}, 'pass within_validity'],
])('%s → %s', async(_name, dates, expected) => {
  const key = await testKey(10);
  const report = await verify(await key.sign(ob3Credential(key.did, dates)), {now: NOW});
  const check = report.checks.find(c => c.id === 'validity')!;
  expect(`${check.status} ${check.code}`).toBe(expected);
});
