import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {createNet} from '../../../shared/net/fetcher.js';
import {assessQuality} from '../../../shared/quality/assess.js';
import {loadEdubadgesMicro, microFetchOf} from '../../../shared/quality/edubadges-micro.js';
import type {VerifyRun} from '../../../shared/run.js';
import type {CheckOutcome} from '../../../shared/types.js';
import {fixtureFetch, fixtureJson, NOW, type Routes} from '../../helpers/fixture-fetch.js';
import {badgeOf, edubadges, microFixture, outcomesWith, rulesOf} from './build.js';

const BADGE = 'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A';
const MICRO = `${BADGE}?expand=micro`;
const micro = () => fixtureJson('quality/edubadges-micro-hbo-badgeclass-micro.json');

function runFor(expanded: Record<string, unknown>, routes: Routes, integrity: CheckOutcome = {status: 'pass', code: 'hosted_verified'}) {
  const fetch = fixtureFetch(routes);
  const run = {credential: edubadges(expanded), net: createNet({fetch}), now: NOW, outcomes: {integrity}} as unknown as VerifyRun;
  return {run, fetch};
}

describe('edubadges quality assurance: GET /public/badges/{id}?expand=micro (edubadges.md §3, §5)', () => {
  test('fetched once through the run\'s network layer; the QA fields join the badge class and NL-HW-QA passes', async() => {
    const {run, fetch} = runFor(microFixture('hbo', false), {[MICRO]: micro()});
    await loadEdubadgesMicro(run);
    expect(fetch.calls).toEqual([MICRO]);
    expect(microFetchOf(run.credential)).toBe('fetched');
    expect(run.credential.parts.badgeClass).toMatchObject({qualityAssuranceName: 'Kwaliteitskader Microcredentials voor Professionals HBO en WO'});
    const quality = assessQuality(run.credential, 'en', outcomesWith({status: 'pass', code: 'issuer_recognised'}));
    expect(quality.elements[10]).toMatchObject({id: 'EU-M11', status: 'present', source: 'badgeClass.qualityAssuranceName'});
    expect(rulesOf(quality, 'nl-hbo-wo')['NL-HW-QA']).toBe('pass');
  });

  test.each<[string, (expanded: Record<string, unknown>) => void, CheckOutcome | undefined]>([
    ['integrity failed (a forged credential makes us fetch nothing)', () => undefined, {status: 'fail', code: 'hosted_id_mismatch'}],
    ['a regular badge', expanded => { badgeOf(expanded).typeBadgeClass = 'regular'; }, undefined],
    ['QA fields already present', expanded => { badgeOf(expanded).qualityAssuranceName = 'x'; }, undefined],
    ['a badge class on another origin', expanded => { badgeOf(expanded).id = 'https://evil.example/public/badges/hboMicroBadgeClass001A'; }, undefined],
  ])('nothing is fetched when %s', async(_name, change, integrity) => {
    const expanded = microFixture('hbo', false);
    change(expanded);
    const {run, fetch} = runFor(expanded, {}, integrity);
    await loadEdubadgesMicro(run);
    expect(fetch.calls).toEqual([]);
    expect(microFetchOf(run.credential)).toBe('not-tried');
  });

  test.each<[string, Routes[string]]>([
    ['a 404', () => new Response('{"detail":"Not found."}', {status: 404})],
    ['a badge class with another id', () => Response.json({...micro(), id: 'https://api.edubadges.nl/public/badges/AAAAAAAAAAAAAAAAAAAAAA'})],
  ])('%s → remembered as failed; NL-HW-QA warns that the QA could not be read', async(_name, route) => {
    const {run} = runFor(microFixture('hbo', false), {[MICRO]: route});
    await loadEdubadgesMicro(run);
    expect(microFetchOf(run.credential)).toBe('failed');
    expect(run.credential.parts.badgeClass).not.toHaveProperty('qualityAssuranceName');
    expect(rulesOf(assessQuality(run.credential, 'en', outcomesWith({status: 'pass', code: 'issuer_recognised'})), 'nl-hbo-wo')['NL-HW-QA']).toBe('warn');
  });

  test('fetched, and the badge class really names no QA → NL-HW-QA fails', async() => {
    const bare = {...micro()} as Record<string, unknown>;
    delete bare.qualityAssuranceName;
    delete bare.qualityAssuranceUrl;
    const {run} = runFor(microFixture('hbo', false), {[MICRO]: bare});
    await loadEdubadgesMicro(run);
    expect(rulesOf(assessQuality(run.credential, 'en', outcomesWith({status: 'pass', code: 'issuer_recognised'})), 'nl-hbo-wo')['NL-HW-QA']).toBe('fail');
  });
});

test('through verify(): one extra request after the checks, and the hbo/wo microcredential meets its framework', async() => {
  const assertion = 'https://api.edubadges.nl/public/assertions/hboMicroAssertion0001A';
  const expanded = `${assertion}?expand=badge&expand=badge.issuer`;
  const fetch = fixtureFetch({[expanded]: microFixture('hbo', false), [MICRO]: micro()});
  const report = await verify(assertion, {fetch, now: NOW});
  expect(fetch.calls).toEqual([expanded, MICRO]);
  expect(report.quality).toMatchObject({microcredential: true, euComplete: true, frameworks: [{id: 'nl-hbo-wo', status: 'conformant'}, {id: 'nl-mbo', status: 'not_claimed'}]});
  expect(rulesOf(report.quality, 'nl-hbo-wo')).toMatchObject({'NL-HW-QA': 'pass', 'NL-HW-INST': 'pass', 'NL-HW-SIZE': 'pass'});
});
