import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {assessQuality} from '../../../shared/quality/assess.js';
import {fixtureFetch, fixtureJson, NOW} from '../../helpers/fixture-fetch.js';
import {badgeOf, edubadges, microFixture, outcomesWith, ruleMessage, rulesOf, scorecard, setExtension, trustOutcome, vc} from './build.js';

const element = (quality: Awaited<ReturnType<typeof scorecard>>, id: string) => quality.elements.find(entry => entry.id === id)!;

describe('EU-M8 and NL-HW-LEVEL / NL-MBO-LEVEL: EQF 1–8', () => {
  test.each([
    [0, 'invalid', 'fail'], [1, 'present', 'warn'], [4, 'present', 'warn'], [5, 'present', 'pass'], [6, 'present', 'pass'],
    [8, 'present', 'pass'], [9, 'invalid', 'fail'], [3.5, 'invalid', 'fail'], ['EQF level 7', 'present', 'pass'], [undefined, 'missing', 'fail'],
  ])('hbo/wo, EQF %s → element %s, NL-HW-LEVEL %s', async(eqf, status, rule) => {
    const expanded = microFixture('hbo');
    setExtension(badgeOf(expanded), 'EQFExtension', 'EQF', eqf);
    const quality = await scorecard(edubadges(expanded));
    expect(element(quality, 'EU-M8').status).toBe(status);
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-LEVEL']).toBe(rule);
  });

  test.each([[1, 'pass'], [4, 'pass'], [5, 'pass'], [6, 'warn'], [0, 'fail'], [9, 'fail']])('mbo, EQF %s → NL-MBO-LEVEL %s', async(eqf, rule) => {
    const expanded = microFixture('mbo');
    setExtension(badgeOf(expanded), 'EQFExtension', 'EQF', eqf);
    expect(rulesOf(await scorecard(edubadges(expanded)), 'nl-mbo')['NL-MBO-LEVEL']).toBe(rule);
  });

  test('the level is worded with its NLQF level and what it corresponds to', async() => {
    const quality = await scorecard(edubadges(microFixture('hbo')), {lang: 'nl'});
    expect(ruleMessage(quality, 'nl-hbo-wo', 'NL-HW-LEVEL')).toBe('Niveau EQF 6 (NLQF 6: bachelor).');
  });
});

describe('presence rules', () => {
  test('missing learning outcomes → EU-M6 missing, NL-HW-LO and NL-MBO-LO fail', async() => {
    for(const kind of ['hbo', 'mbo'] as const) {
      const expanded = microFixture(kind);
      setExtension(badgeOf(expanded), 'LearningOutcomeExtension', 'LearningOutcome', undefined);
      const quality = await scorecard(edubadges(expanded));
      expect(element(quality, 'EU-M6').status).toBe('missing');
      const framework = kind === 'hbo' ? 'nl-hbo-wo' : 'nl-mbo';
      expect(rulesOf(quality, framework)[kind === 'hbo' ? 'NL-HW-LO' : 'NL-MBO-LO']).toBe('fail');
      expect(quality.frameworks.find(entry => entry.id === framework)!.status).toBe('non_conformant');
    }
  });

  test('no type of assessment → fail; an unknown type → invalid element, warning', async() => {
    const expanded = microFixture('hbo');
    badgeOf(expanded).assessmentType = '';
    expect(rulesOf(await scorecard(edubadges(expanded)), 'nl-hbo-wo')['NL-HW-ASSESS']).toBe('fail');
    badgeOf(expanded).assessmentType = 'interpretive_dance';
    const quality = await scorecard(edubadges(expanded));
    expect(element(quality, 'EU-M9').status).toBe('invalid');
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-ASSESS']).toBe('warn');
  });
});

describe('NL-HW-QA / NL-MBO-QA: the quality assurance is the framework', () => {
  test.each([
    ['the framework by name', {qualityAssuranceName: 'kwaliteitskader microcredentials voor professionals hbo en wo '}, 'pass'],
    ['the framework by its old URL', {qualityAssuranceName: 'Pilot', qualityAssuranceUrl: 'https://www.versnellingsplan.nl/en/Kennisbank/pilot-microcredentials-2'}, 'pass'],
    ['an unknown quality-assurance framework', {qualityAssuranceName: 'ISO 9001', qualityAssuranceUrl: 'https://example.org/iso'}, 'fail'],
  ])('%s → %s', async(_name, qa, status) => {
    const expanded = microFixture('hbo');
    Object.assign(badgeOf(expanded), qa);
    const quality = await scorecard(edubadges(expanded));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-QA']).toBe(status);
    expect(quality.frameworks[0].status).toBe(status === 'pass' ? 'conformant' : 'non_conformant');
  });

  test('the pre-2024 alignment naming the pilot framework counts (migration 0115)', async() => {
    const expanded = microFixture('hbo', false);
    badgeOf(expanded).alignment = [{targetName: 'Kwaliteitskader Pilot Microcredentials voor Professionals',
      targetUrl: 'https://www.versnellingsplan.nl/Kennisbank/pilot-microcredentials/', targetCode: 'Kwaliteitskader'}];
    expect(rulesOf(await scorecard(edubadges(expanded)), 'nl-hbo-wo')['NL-HW-QA']).toBe('pass');
  });

  test('on edubadges without the ?expand=micro fields → warning (could not be read), not a failure', async() => {
    const quality = await scorecard(edubadges(microFixture('hbo', false)));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-QA']).toBe('warn');
    expect(ruleMessage(quality, 'nl-hbo-wo', 'NL-HW-QA')).toContain('?expand=micro');
  });
});

describe('not a microcredential', () => {
  test.each([['regular', 'a regular edubadge'], ['extra_curricular', 'an extra-curricular edubadge']])('typeBadgeClass %s → not a microcredential, frameworks not claimed', async(type, words) => {
    const expanded = microFixture('hbo');
    badgeOf(expanded).typeBadgeClass = type;
    const quality = await scorecard(edubadges(expanded));
    expect(quality.microcredential).toBe(false);
    expect(quality.frameworks.map(framework => [framework.id, framework.status])).toEqual([['nl-hbo-wo', 'not_claimed'], ['nl-mbo', 'not_claimed']]);
    expect(quality.frameworks[0].rules).toEqual([{id: 'NL-ALL-01', status: 'info',
      message: `Not a microcredential: edubadges marks it as ${words}. The hbo/wo framework does not apply.`}]);
  });

  test('the production welcome badge (regular) is not a microcredential, in both languages', async() => {
    const credential = edubadges(fixtureJson('http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json'));
    const nl = await scorecard(credential, {lang: 'nl'});
    expect(nl.microcredential).toBe(false);
    expect(nl.frameworks[1].rules[0].message).toBe('Geen microcredential: edubadges markeert het als een gewone edubadge. Het kwaliteitskader mbo is niet van toepassing.');
  });
});

describe('NL-HW-INST / NL-MBO-INST: edubadges production on the platform\'s word, elsewhere a trust-list record', () => {
  test('production: met on the platform\'s word, and says so', async() => {
    const quality = await scorecard(edubadges(microFixture('hbo')));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-INST']).toBe('pass');
    expect(ruleMessage(quality, 'nl-hbo-wo', 'NL-HW-INST')).toMatch(/^Hanzehogeschool Groningen issues it on edubadges production.*on the platform's word/);
  });

  test('the same badge on the demo host: not recognised, so the institution rule fails', async() => {
    const demo = JSON.parse(JSON.stringify(microFixture('mbo')).replaceAll('https://api.edubadges.nl', 'https://api-demo.edubadges.nl')) as Record<string, unknown>;
    const quality = await scorecard(edubadges(demo, 'demo'));
    expect(rulesOf(quality, 'nl-mbo')['NL-MBO-INST']).toBe('fail');
  });

  test('a forged or unverifiable credential has no standing: fail when the issuer failed, warn when it could not be checked', () => {
    const credential = edubadges(microFixture('hbo'));
    const forged = assessQuality(credential, 'en', {integrity: {status: 'fail', code: 'hosted_id_mismatch'}, issuer: {status: 'unknown', code: 'not_checked'},
      trust: {status: 'unknown', code: 'not_checked'}});
    expect(rulesOf(forged, 'nl-hbo-wo')['NL-HW-INST']).toBe('fail');
    const offline = assessQuality(credential, 'en', {integrity: {status: 'unknown', code: 'offline'}, trust: {status: 'unknown', code: 'not_checked'}});
    expect(rulesOf(offline, 'nl-hbo-wo')['NL-HW-INST']).toBe('warn');
  });
});

describe('NL-ALL-VALID and NL-ALL-REVOKED', () => {
  test('an end date set by the issuer warns (a microcredential stays valid); expired says so', async() => {
    const expanded = microFixture('hbo');
    expanded.expires = '2026-01-01T00:00:00+00:00';
    const credential = edubadges(expanded);
    const trust = await trustOutcome(credential);
    const quality = assessQuality(credential, 'en', outcomesWith(trust, {validity: {status: 'fail', code: 'expired'}}));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-ALL-VALID']).toBe('warn');
    expect(ruleMessage(quality, 'nl-hbo-wo', 'NL-ALL-VALID')).toMatch(/^It expired on 1 January 2026, set by the issuer/);
    expect(quality.frameworks[0].status).toBe('conformant');
  });

  test('revoked → NL-ALL-REVOKED fails', async() => {
    const credential = edubadges(microFixture('hbo'));
    const quality = assessQuality(credential, 'en', outcomesWith(await trustOutcome(credential), {status: {status: 'fail', code: 'revoked'}}));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-ALL-REVOKED']).toBe('fail');
  });
});

describe('framework versions: judged at the issuance date', () => {
  test.each([
    ['2025-09-15T10:00:00Z', /version 2021, with the experimental space of 2025–2027\) as in force on 15 September 2025/],
    ['2023-02-01T10:00:00Z', /version 2021\) as in force on 1 February 2023/],
    ['2020-06-01T10:00:00Z', /^Issued on 1 June 2020, before the hbo\/wo framework took effect \(1 October 2021\)/],
  ])('issued %s', async(issuedOn, message) => {
    const expanded = microFixture('hbo');
    expanded.issuedOn = issuedOn;
    expect(ruleMessage(await scorecard(edubadges(expanded)), 'nl-hbo-wo', 'NL-HW-VERSION')).toMatch(message);
  });
});

describe('institution rules outside edubadges: a trust-list record says what the institution is', () => {
  const ob3 = () => {
    const document = fixtureJson('credentials/edubadges/ob3-educredentials-microcredential-ho-ects.json');
    document.issuer = {...(document.issuer as Record<string, unknown>), id: 'did:web:university.example'};
    return vc(document);
  };
  const list = (record: Record<string, unknown>) => [{name: 'Pilot list', publisher: 'test', version: '1', validUntil: null,
    records: [{subject: {dids: ['did:web:university.example']}, organisation: {legalName: 'Naboo Theed University'}, ...record}]}];

  test.each([
    ['pilot participation for the framework on the issue date', {frameworks: [{id: 'nl-hbo-wo', validFrom: '2021-10-01', validTo: null}]}, 'pass'],
    ['the standards.md §4.7 id nl-howo-mc', {frameworks: [{id: 'nl-howo-mc', validFrom: '2021-10-01'}]}, 'pass'],
    ['pilot participation that started after the issue date', {frameworks: [{id: 'nl-hbo-wo', validFrom: '2025-01-01'}]}, 'fail'],
    ['only a recognition under the WHW', {recognition: {source: 'RIO', wet: 'WHW'}}, 'warn'],
    ['a record that says nothing of the sort', {}, 'fail'],
  ])('%s → NL-HW-INST %s', async(_name, record, status) => {
    const credential = ob3();
    const quality = assessQuality(credential, 'en', outcomesWith(await trustOutcome(credential, list(record) as never)));
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-INST']).toBe(status);
  });
});

describe('institution mode: a badge class on its own, fetched from edubadges production', () => {
  const page = (host: string) => {
    const micro = fixtureJson('quality/edubadges-micro-hbo-badgeclass-micro.json');
    micro.issuer = badgeOf(fixtureJson('quality/edubadges-micro-hbo-expanded.json')).issuer;
    return JSON.parse(JSON.stringify(micro).replaceAll('api.edubadges.nl', host)) as Record<string, unknown>;
  };

  test.each([['api.edubadges.nl', 'pass'], ['api-demo.edubadges.nl', 'warn']])('%s → NL-HW-INST %s (the platform\'s word, production only)', async(host, status) => {
    const url = `https://${host}/public/badges/hboMicroBadgeClass001A`;
    const report = await verify(url, {fetch: fixtureFetch({[`${url}?expand=issuer&expand=micro`]: page(host)}), now: NOW});
    expect(report.format).toBe('achievement');
    expect(report.quality).toMatchObject({microcredential: true, euComplete: false});
    expect(rulesOf(report.quality, 'nl-hbo-wo')).toMatchObject({'NL-HW-QA': 'pass', 'NL-HW-INST': status});
  });

  test('the same badge class from a file stands on nothing', () => {
    const credential = {...vc({'@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: 'https://x.example'}),
      format: 'achievement' as const, servedFrom: null, parts: {assertion: {}, badgeClass: page('api.edubadges.nl')}};
    expect(rulesOf(assessQuality(credential), 'nl-hbo-wo')['NL-HW-INST']).toBe('warn');
  });
});
