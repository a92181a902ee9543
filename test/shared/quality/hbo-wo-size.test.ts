import {describe, expect, test} from 'vitest';
import {badgeOf, edubadges, microFixture, ruleMessage, rulesOf, scorecard, setExtension} from './build.js';

type Options = {ec?: number; hours?: number; institution?: string; issuedOn?: string};

/** An hbo/wo microcredential on edubadges production (built fixture: Hanzehogeschool, 5 EC, 2025-09-15) with changes. */
function hboWith(options: Options) {
  const expanded = microFixture('hbo');
  const badge = badgeOf(expanded);
  setExtension(badge, 'ECTSExtension', 'ECTS', options.ec);
  setExtension(badge, 'TimeInvestmentExtension', 'TimeInvestment', options.hours);
  if(options.institution) {
    // Another institution than the fixture's Hanzehogeschool: its own name and an unlisted BRIN.
    setExtension(badge.issuer as Record<string, unknown>, 'InstitutionNameExtension', 'InstitutionName', options.institution);
    setExtension(badge.issuer as Record<string, unknown>, 'InstitutionIdentifierExtension', 'InstitutionIdentifier', '98YY');
  }
  expanded.issuedOn = options.issuedOn ?? expanded.issuedOn;
  return edubadges(expanded);
}

const UNIVERSITY = 'Universiteit Voorbeeld'; // not on any list: a university by its name (inferred)

describe('NL-HW-SIZE and NL-HW-SIZE-WO1 (standards.md §3.3): 3–30 EC; universities from 1 EC in 2025-05-01…2027-04-30', () => {
  test.each<[string, Options, string, string, string]>([
    ['2 EC from a hogeschool', {ec: 2}, 'fail', 'info', 'non_conformant'],
    ['2 EC from a university inside the experimental window', {ec: 2, institution: UNIVERSITY}, 'warn', 'warn', 'conformant'],
    ['2 EC from a university on the window\'s first day', {ec: 2, institution: UNIVERSITY, issuedOn: '2025-05-01T08:00:00+00:00'}, 'warn', 'warn', 'conformant'],
    ['2 EC from a university on the window\'s last day', {ec: 2, institution: UNIVERSITY, issuedOn: '2027-04-30T20:00:00+00:00'}, 'warn', 'warn', 'conformant'],
    ['2 EC from a university the day before the window', {ec: 2, institution: UNIVERSITY, issuedOn: '2025-04-30T12:00:00+00:00'}, 'fail', 'info', 'non_conformant'],
    ['2 EC from a university the day after the window', {ec: 2, institution: UNIVERSITY, issuedOn: '2027-05-01T12:00:00+00:00'}, 'fail', 'info', 'non_conformant'],
    ['1 EC from a university inside the window', {ec: 1, institution: UNIVERSITY}, 'warn', 'warn', 'conformant'],
    ['0.5 EC from a university inside the window', {ec: 0.5, institution: UNIVERSITY}, 'fail', 'info', 'non_conformant'],
    ['3 EC', {ec: 3}, 'pass', 'info', 'conformant'],
    ['30 EC', {ec: 30}, 'pass', 'info', 'conformant'],
    ['31 EC', {ec: 31}, 'fail', 'info', 'non_conformant'],
    ['hours only: 140 h (5 EC, converted)', {hours: 140}, 'warn', 'info', 'conformant'],
    ['hours only: 56 h (2 EC) from a hogeschool', {hours: 56}, 'fail', 'info', 'non_conformant'],
    ['no study load at all', {}, 'fail', 'info', 'non_conformant'],
  ])('%s %o → SIZE %s, SIZE-WO1 %s, framework %s', async(_name, options, size, experiment, framework) => {
    const quality = await scorecard(hboWith(options));
    expect(rulesOf(quality, 'nl-hbo-wo')).toMatchObject({'NL-HW-SIZE': size, 'NL-HW-SIZE-WO1': experiment});
    expect(quality.frameworks[0]).toMatchObject({id: 'nl-hbo-wo', status: framework});
    expect(quality.frameworks[1].status).toBe('not_claimed');
  });

  test('the recruiter sentence: "5 EC (140 hours), within the 3–30 EC of the hbo/wo framework."', async() => {
    expect(ruleMessage(await scorecard(hboWith({ec: 5})), 'nl-hbo-wo', 'NL-HW-SIZE')).toBe('5 EC (140 hours), within the 3–30 EC of the hbo/wo framework.');
    expect(ruleMessage(await scorecard(hboWith({ec: 2.5}), {lang: 'nl'}), 'nl-hbo-wo', 'NL-HW-SIZE')).toBe('2,5 EC (70 uur) valt buiten de 3–30 EC van het kwaliteitskader hbo/wo.');
  });

  test('hours only are converted at 28 h per EC and the warning says so', async() => {
    expect(ruleMessage(await scorecard(hboWith({hours: 84})), 'nl-hbo-wo', 'NL-HW-SIZE'))
      .toBe('84 hours, which is 3 EC at 28 hours per EC, is within the 3–30 EC of the hbo/wo framework, but stated in hours, not EC.');
  });

  test('the experimental space says the university was inferred from its name, and where it does not apply, why', async() => {
    const inside = await scorecard(hboWith({ec: 2, institution: UNIVERSITY}));
    expect(ruleMessage(inside, 'nl-hbo-wo', 'NL-HW-SIZE-WO1')).toContain('inferred from the name "Universiteit Voorbeeld"');
    const listed = await scorecard(hboWith({ec: 2, institution: 'Rijksuniversiteit Groningen'}));
    expect(ruleMessage(listed, 'nl-hbo-wo', 'NL-HW-SIZE-WO1')).toContain('as "Dutch education (built in)" states');
    const hogeschool = await scorecard(hboWith({ec: 2}), {lang: 'nl'});
    expect(ruleMessage(hogeschool, 'nl-hbo-wo', 'NL-HW-SIZE-WO1')).toContain('alleen voor universiteiten');
    const outside = await scorecard(hboWith({ec: 2, institution: UNIVERSITY, issuedOn: '2024-09-01T00:00:00Z'}));
    expect(ruleMessage(outside, 'nl-hbo-wo', 'NL-HW-SIZE-WO1')).toContain('this one was issued on 1 September 2024');
  });

  test.each([[3, 'pass'], [3.5, 'pass'], [4.2, 'warn']])('NL-HW-STEP: %s EC → %s (0.5 EC steps, a platform convention)', async(ec, status) => {
    expect(rulesOf(await scorecard(hboWith({ec})), 'nl-hbo-wo')['NL-HW-STEP']).toBe(status);
  });
});
