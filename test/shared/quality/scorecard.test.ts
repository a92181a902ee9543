import {describe, expect, test} from 'vitest';
import type {Credential} from '../../../shared/credential.js';
import {assessQuality} from '../../../shared/quality/assess.js';
import {scorecard} from '../../../shared/quality/scorecard.js';
import type {CheckOutcome} from '../../../shared/types.js';
import {fixtureJson} from '../../helpers/fixture-fetch.js';
import {badgeOf, edubadges, microFixture, outcomesWith, sdJwt, vc} from './build.js';

const listed: CheckOutcome = {status: 'fail', code: 'issuer_not_recognised'};

/** Every reader (OB 2.0, OB 3.0, ELM, EU wallet) and both claim paths: framework rules loaded, or not. */
const CASES: [string, () => Credential][] = [
  ['edubadges hbo microcredential', () => edubadges(microFixture('hbo'))],
  ['edubadges mbo microcredential', () => edubadges(microFixture('mbo'))],
  ['edubadges microcredential without its ?expand=micro fields', () => edubadges(microFixture('hbo', false))],
  ['regular edubadge', () => {
    const expanded = microFixture('hbo');
    badgeOf(expanded).typeBadgeClass = 'regular';
    return edubadges(expanded);
  }],
  ['OB 3.0 microcredential (EC)', () => vc(fixtureJson('credentials/edubadges/ob3-educredentials-microcredential-ho-ects.json'))],
  ['OB 3.0 without a claim', () => vc(fixtureJson('credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json'))],
  ['ELM credential', () => vc({'@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    issuer: {id: 'urn:org:1', legalName: {en: 'Universiteit Voorbeeld'}}, issuanceDate: '2025-06-01T00:00:00Z',
    credentialSubject: {id: 'urn:person:1', hasClaim: {type: 'LearningAchievement', title: {en: 'Sample'}}}})],
  ['EU wallet learning credential', () => sdJwt({vct: 'urn:eu.europa.ec.eudi:learning:credential:1', issuing_authority: 'Universiteit Voorbeeld',
    issuing_country: 'NL', title: 'Sample', achievement_type: 'micro-credential'})],
];

describe('the verifier\'s lazily loaded scorecard equals the one with every reader and rule at hand', () => {
  test.each(CASES)('%s', async(_name, make) => {
    for(const lang of ['en', 'nl'] as const) {
      const outcomes = outcomesWith(listed);
      expect(await scorecard(make(), lang, outcomes)).toEqual(assessQuality(make(), lang, outcomes));
    }
  });

  test('the cases cover every reader and both claim paths', async() => {
    const qualities = await Promise.all(CASES.map(([, make]) => scorecard(make(), 'en', {})));
    expect(qualities.some(quality => quality.frameworks.some(framework => framework.status !== 'not_claimed'))).toBe(true);
    expect(qualities.some(quality => quality.frameworks.every(framework => framework.status === 'not_claimed'))).toBe(true);
  });
});
