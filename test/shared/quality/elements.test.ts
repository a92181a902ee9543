import {describe, expect, test} from 'vitest';
import {assessQuality} from '../../../shared/quality/assess.js';
import {isoCountry} from '../../../shared/quality/elements/country.js';
import {fixtureJson} from '../../helpers/fixture-fetch.js';
import {edubadges, microFixture, sdJwt, vc} from './build.js';

const table = (quality: ReturnType<typeof assessQuality>) =>
  Object.fromEntries(quality.elements.map(element => [element.id, `${element.status}${element.source ? ` @ ${element.source}` : ''}`]));

describe('EU standard elements: every format, each with the path it was read from', () => {
  test('edubadges OB 2.0 microcredential (expanded assertion + ?expand=micro)', () => {
    expect(table(assessQuality(edubadges(microFixture('hbo'))))).toEqual({
      'EU-M1': 'present @ assertion.recipient.identity',
      'EU-M2': 'present @ badgeClass.name',
      'EU-M3': 'present @ issuer.extensions:InstitutionCountryExtension.InstitutionCountry',
      'EU-M4': 'present @ issuer.extensions:InstitutionNameExtension.InstitutionName',
      'EU-M5': 'present @ assertion.issuedOn',
      'EU-M6': 'present @ badgeClass.extensions:LearningOutcomeExtension.LearningOutcome',
      'EU-M7': 'present @ badgeClass.extensions:ECTSExtension.ECTS',
      'EU-M8': 'present @ badgeClass.extensions:EQFExtension.EQF',
      'EU-M9': 'present @ badgeClass.assessmentType',
      'EU-M10': 'present @ badgeClass.participation',
      'EU-M11': 'present @ badgeClass.qualityAssuranceName',
      'EU-O1': 'missing',
      'EU-O2': 'present @ badgeClass.assessmentSupervised|assessmentIdVerified',
      'EU-O3': 'missing',
      'EU-O4': 'present @ badgeClass.stackable',
      'EU-O5': 'present @ badgeClass.description',
    });
  });

  test('the old baked assertion carrying the extensions itself (2021, dev server)', () => {
    const assertion = fixtureJson('credentials/edubadges/ob2-assertion-baked-png-localhost-2021.json');
    const quality = assessQuality(edubadges(assertion, null));
    expect(quality.elements.filter(element => element.status === 'present').map(element => `${element.id}=${element.value}`))
      .toEqual(['EU-M1=id (hashed)', 'EU-M5=2021-09-21T12:28:35.713036+00:00',
        'EU-M6=Will appreciate the benefits of learning a foreign language.', 'EU-M8=EQF 7']);
  });

  test('educredentials OB 3.0 (hbo/wo, ECTS): country "XX" is not an ISO country', () => {
    const quality = assessQuality(vc(fixtureJson('credentials/edubadges/ob3-educredentials-microcredential-ho-ects.json')));
    expect(table(quality)).toMatchObject({
      'EU-M3': 'invalid @ issuer.address.addressCountryCode',
      'EU-M6': 'present @ credentialSubject.achievement.criteria.narrative',
      'EU-M7': 'present @ credentialSubject.achievement.ECTS',
      'EU-M8': 'present @ credentialSubject.achievement.alignment[1].targetCode',
      'EU-M11': 'present @ credentialSubject.achievement.alignment[0].targetName',
      'EU-O2': 'present @ credentialSubject.achievement.supervisionType',
      'EU-O3': 'present @ credentialSubject.result[0].value',
    });
    expect(quality.euComplete).toBe(false);
  });

  test('ELM / EDC (the DG EMPL "Sample-MC-Annex1" shape, standards.md §2.1.1)', () => {
    const quality = assessQuality(vc(elmSample()));
    expect(table(quality)).toMatchObject({
      'EU-M1': 'present @ credentialSubject.fullName', 'EU-M3': 'present @ issuer.location[0].address.countryCode',
      'EU-M4': 'present @ credentialSubject.hasClaim.awardedBy.awardingBody[0].legalName', 'EU-M5': 'present @ issued',
      'EU-M6': 'present @ credentialSubject.hasClaim.specifiedBy.learningOutcome[].title',
      'EU-M7': 'present @ credentialSubject.hasClaim.specifiedBy.creditPoint[0].point', 'EU-M8': 'present @ credentialSubject.hasClaim.specifiedBy.eqfLevel',
      'EU-M10': 'present @ credentialSubject.hasClaim.specifiedBy.mode', 'EU-M11': 'missing', 'EU-O1': 'present @ credentialSubject.hasClaim.specifiedBy.entryRequirement',
      'EU-O2': 'present @ credentialSubject.hasClaim.provenBy[0].idVerification', 'EU-O3': 'present @ credentialSubject.hasClaim.provenBy[0].grade',
    });
    expect(quality.elements.find(element => element.id === 'EU-M3')!.value).toBe('NL');
    expect(quality.elements.find(element => element.id === 'EU-M7')!.value).toBe('2 EC; 60 h');
  });

  test('EU wallet SD-JWT learning credential (standards.md §2.4): all 11 mandatory but type of assessment', () => {
    const quality = assessQuality(sdJwt({vct: 'urn:eu.europa.ec.eudi:learning:credential:1', issuing_authority: 'Universiteit Voorbeeld',
      issuing_country: 'NL', date_of_issuance: '2025-10-01', family_name: 'Jansen', given_name: 'Eva', achievement_title: 'Circular design',
      learner_identification: 'urn:example:learner:1', expected_study_time: '5 ECTS', level_of_learning_experience: 6,
      types_of_quality_assurance: ['Kwaliteitskader Microcredentials voor Professionals HBO en WO'], learning_outcomes: ['Designs for reuse'],
      form_of_participation: ['online'], integration_stackability_options: true}));
    expect(quality.elements.filter(element => element.status !== 'present').map(element => element.id))
      .toEqual(['EU-M9', 'EU-O1', 'EU-O2', 'EU-O3', 'EU-O5']);
    expect(quality.microcredential).toBe(true);
    expect(quality.frameworks.map(framework => framework.status)).toEqual(['non_conformant', 'not_claimed']);
  });
});

describe('mechanical checks', () => {
  test.each([['NL', 'NL'], ['nl', 'NL'], ['NLD', 'NL'], ['http://publications.europa.eu/resource/authority/country/NLD', 'NL'],
    ['BE', 'BE'], ['EN', null], ['XX', null], ['Netherlands', null]])('country %s → %s', (input, expected) => {
    expect(isoCountry(input)).toBe(expected);
  });

  test.each([['2025-09-15', 'present'], ['2025-09-15T10:12:31.402113+00:00', 'present'], ['15-09-2025', 'invalid'], ['2025-13-45', 'invalid']])(
    'date of issue %s → %s', (issuedOn, status) => {
      const expanded = microFixture('hbo');
      expanded.issuedOn = issuedOn;
      expect(assessQuality(edubadges(expanded)).elements[4]).toMatchObject({id: 'EU-M5', status});
    });

  test.each([[5, 'present'], [0, 'invalid'], [-3, 'invalid'], ['vijf', 'invalid']])('study load ECTS %s → %s', (ects, status) => {
    const expanded = microFixture('hbo');
    (expanded.badge as Record<string, unknown>)['extensions:ECTSExtension'] = {ECTS: ects};
    expect(assessQuality(edubadges(expanded)).elements[6]).toMatchObject({id: 'EU-M7', status});
  });

  test('OB 3.0 creditsAvailable has no unit: invalid, unless the edubadges wiki type says it is EC', () => {
    const base = fixtureJson('credentials/edubadges/ob3-educredentials-microcredential-ho-ects.json');
    const subject = base.credentialSubject as {achievement: Record<string, unknown>};
    delete subject.achievement.ECTS;
    subject.achievement.creditsAvailable = 4;
    expect(assessQuality(vc(base)).elements[6]).toMatchObject({status: 'invalid', value: '4 (unit not stated)'});
    subject.achievement.type = ['Achievement', 'EdubadgesAchievement'];
    expect(assessQuality(vc(base)).elements[6]).toMatchObject({status: 'present', value: '4 EC'});
  });

  test('a grade below the required value is invalid (O3)', () => {
    const base = fixtureJson('credentials/edubadges/ob3-educredentials-microcredential-ho-ects.json');
    ((base.credentialSubject as Record<string, unknown>).result as Record<string, unknown>[])[0].value = '5.5';
    expect(assessQuality(vc(base)).elements[13]).toMatchObject({id: 'EU-O3', status: 'invalid', value: '5.5 (required 6)'});
  });

  test('no credential at all: 16 elements missing, both frameworks not claimed', () => {
    const quality = assessQuality(null, 'nl');
    expect(quality.elements.map(element => element.status)).toEqual(Array(16).fill('missing'));
    expect(quality.frameworks.map(framework => framework.status)).toEqual(['not_claimed', 'not_claimed']);
  });
});

function elmSample(): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
    id: 'urn:credential:sample-mc', type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    issuer: {id: 'urn:org:1', type: 'Organisation', legalName: {en: 'Universiteit Voorbeeld'},
      location: [{address: {countryCode: {id: 'http://publications.europa.eu/resource/authority/country/NLD'}}}]},
    issued: '2025-06-01T00:00:00Z', validFrom: '2025-06-01T00:00:00Z', issuanceDate: '2025-06-01T00:00:00Z',
    credentialSubject: {id: 'urn:person:1', type: 'Person', fullName: {en: 'Eva Jansen'},
      hasClaim: {type: 'LearningAchievement', title: {en: 'Sample micro-credential'},
        awardedBy: {awardingBody: [{legalName: {en: 'Universiteit Voorbeeld'}}], awardingDate: '2025-06-01T00:00:00Z'},
        provenBy: [{title: {en: 'Final assessment'}, grade: {noteLiteral: {en: 'Pass'}},
          idVerification: {id: 'http://data.europa.eu/snb/supervision-verification/c598449d64'}}],
        specifiedBy: {title: {en: 'Sample micro-credential'}, eqfLevel: {id: 'http://data.europa.eu/snb/eqf/6'},
          creditPoint: [{framework: {id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af'}, point: '2'}], volumeOfLearning: 'PT60H',
          learningOutcome: [{title: {en: 'Explains the circular economy'}}], entryRequirement: {noteLiteral: {en: 'Bachelor degree'}},
          mode: [{id: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d'}]}}},
  };
}
