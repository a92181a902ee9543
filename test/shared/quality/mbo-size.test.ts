import {describe, expect, test} from 'vitest';
import {badgeOf, edubadges, microFixture, ruleMessage, rulesOf, scorecard, setExtension} from './build.js';

/** An mbo microcredential on edubadges production with this study load, else as the built fixture. */
async function mboWith(load: {StudyLoad?: number; ECTS?: number; TimeInvestment?: number}) {
  const expanded = microFixture('mbo');
  const badge = badgeOf(expanded);
  setExtension(badge, 'StudyLoadExtension', 'StudyLoad', load.StudyLoad);
  setExtension(badge, 'ECTSExtension', 'ECTS', load.ECTS);
  setExtension(badge, 'TimeInvestmentExtension', 'TimeInvestment', load.TimeInvestment);
  return scorecard(edubadges(expanded));
}

describe('NL-MBO-SIZE (standards.md §3.3): ≥ 80 SBU, steps of 80, guideline 240', () => {
  test.each([
    [40, 'fail', 'non_conformant'],
    [79, 'fail', 'non_conformant'],
    [80, 'info', 'conformant'], // below the 240 guideline, permitted in the pilot
    [100, 'warn', 'conformant'], // not a multiple of 80
    [160, 'info', 'conformant'],
    [239, 'warn', 'conformant'],
    [240, 'pass', 'conformant'],
    [320, 'pass', 'conformant'],
    [960, 'pass', 'conformant'],
  ])('%i SBU → %s (framework %s)', async(sbu, status, framework) => {
    const quality = await mboWith({StudyLoad: sbu});
    expect(rulesOf(quality, 'nl-mbo')['NL-MBO-SIZE']).toBe(status);
    expect(quality.frameworks[1]).toMatchObject({id: 'nl-mbo', status: framework});
  });

  test('80 SBU says it is below the guideline and permitted, in both languages', async() => {
    const quality = await mboWith({StudyLoad: 80});
    expect(ruleMessage(quality, 'nl-mbo', 'NL-MBO-SIZE')).toBe("80 SBU: below the mbo framework's guideline of 240 SBU, which the pilot permits.");
  });

  test('no study load → fail; study load in EC only → converted at 28 h, NL-MBO-UNIT warns', async() => {
    expect(rulesOf(await mboWith({}), 'nl-mbo')).toMatchObject({'NL-MBO-SIZE': 'fail', 'NL-MBO-UNIT': 'info'});
    // With only EC the credential claims hbo/wo by its unit, unless its quality assurance names the mbo framework (it does here).
    const quality = await mboWith({ECTS: 20});
    expect(rulesOf(quality, 'nl-mbo')).toMatchObject({'NL-MBO-SIZE': 'pass', 'NL-MBO-UNIT': 'warn'});
    expect(ruleMessage(quality, 'nl-mbo', 'NL-MBO-SIZE')).toMatch(/^560 SBU \(20 EC at 28 hours per EC\)/);
  });

  test('hours (TimeInvestment) count as SBU', async() => {
    expect(rulesOf(await mboWith({TimeInvestment: 240}), 'nl-mbo')).toMatchObject({'NL-MBO-SIZE': 'pass', 'NL-MBO-UNIT': 'pass'});
  });
});
