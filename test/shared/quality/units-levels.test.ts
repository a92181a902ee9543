import {describe, expect, test} from 'vitest';
import type {Found, Workload} from '../../../shared/quality/facts.js';
import {eqfForNlqf, isEqfLevel, nlqfForEqf, parseEqf} from '../../../shared/quality/levels.js';
import {formatLoad, HOURS_PER_EC, inEc, inSbu, parseStudyTime} from '../../../shared/quality/units.js';

const load = (amount: number, unit: Workload['unit']): Found<Workload> => ({value: {amount, unit, raw: amount}, source: 'test'});

describe('units (standards.md §3.2: 1 EC = 28 h, WHW art. 7.4; SBU = study hours)', () => {
  test('28 hours per EC', () => expect(HOURS_PER_EC).toBe(28));

  test.each<[Found<Workload>[], number | null, boolean]>([
    [[load(5, 'EC')], 5, false], [[load(84, 'hours')], 3, true], [[load(840, 'SBU')], 30, true],
    [[load(140, 'hours'), load(5, 'EC')], 5, false], [[load(3, 'unknown')], null, false], [[load(0, 'EC')], null, false],
  ])('inEc(%j) → %s EC (converted %s)', (loads, ec, converted) => {
    const result = inEc(loads);
    expect(result?.ec ?? null).toBe(ec);
    expect(result?.converted ?? false).toBe(converted);
  });

  test.each<[Found<Workload>[], number | null, boolean]>([
    [[load(240, 'SBU')], 240, false], [[load(160, 'hours')], 160, false], [[load(10, 'EC')], 280, true], [[], null, false],
  ])('inSbu(%j) → %s SBU (converted %s)', (loads, sbu, converted) => {
    const result = inSbu(loads);
    expect(result?.sbu ?? null).toBe(sbu);
    expect(result?.converted ?? false).toBe(converted);
  });

  test.each([
    ['5 ECTS', 5, 'EC'], ['2,5 EC', 2.5, 'EC'], ['140 hours', 140, 'hours'], ['84 uur', 84, 'hours'], ['240 SBU', 240, 'SBU'],
    ['PT140H', 140, 'hours'], ['about a week', null, 'unknown'],
  ])('EU wallet expected_study_time "%s" → %s %s', (text, amount, unit) => {
    expect(parseStudyTime(text)).toMatchObject({amount, unit});
  });

  test('numbers as people write them', () => {
    expect(formatLoad(2.5, 'EC', 'nl')).toBe('2,5 EC');
    expect(formatLoad(70, 'hours', 'nl')).toBe('70 uur');
    expect(formatLoad(3.3333, 'EC', 'en')).toBe('3.33 EC');
  });
});

describe('EQF and NLQF (standards.md §3.2 [S28, S29])', () => {
  test.each([[6, 6], ['6', 6], ['EQF 4', 4], ['EQF level 7', 7], ['EQF-niveau 5', 5], ['http://data.europa.eu/snb/eqf/8', 8],
    [0, 0], [9, 9], [3.5, 3.5], ['vier', null], [null, null]])('parseEqf(%j) → %s', (raw, eqf) => {
    expect(parseEqf(raw)).toBe(eqf);
  });

  test.each([[0, false], [1, true], [8, true], [9, false], [3.5, false], [null, false]])('EQF %s is a level: %s', (eqf, ok) => {
    expect(isEqfLevel(eqf)).toBe(ok);
  });

  test('NLQF 1–8 correspond to EQF 1–8; the NLQF entry level has no EQF level', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(level => nlqfForEqf(level))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(eqfForNlqf('entry')).toBeNull();
    expect(nlqfForEqf(9)).toBeNull();
  });
});
