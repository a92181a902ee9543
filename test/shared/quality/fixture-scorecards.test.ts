import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import type {Quality} from '../../../shared/types.js';
import {fixtureFetch, fixtureJson, NOW} from '../../helpers/fixture-fetch.js';
import {edubadges, microFixture, scorecard} from './build.js';
import {scorecardRow} from './scorecard-rows.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const PROD = 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q';

/** The edubadges and educredentials fixtures (../shared/fixtures/credentials/edubadges/), verified as `npm run verify` would. */
const SHARED: [string, () => Promise<Quality[]>][] = [
  ['ob2-assertion-prod-a41jSgmsSh6Sa1xcVUku5Q.json', () => both(lang => verify(fixtureJson('credentials/edubadges/ob2-assertion-prod-a41jSgmsSh6Sa1xcVUku5Q.json'),
    {fetch: fixtureFetch({[`${PROD}?expand=badge&expand=badge.issuer`]: fixtureJson('http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json')}), now: NOW, lang}))],
  ...['ob2-assertion-baked-png-localhost-2021.json', 'ob2-assertion-baked-svg-localhost-2021.json', 'ob3-educredentials-microcredential-ho-ects.json',
    'ob3-educredentials-microcredential-mbo-sbu.json', 'ob3-openbadgecredential-design-proposal-2023.json']
    .map(file => [file, () => both(lang => verify(fixtureJson(`credentials/edubadges/${file}`), {fetch: fixtureFetch(), now: NOW, lang}))] as [string, () => Promise<Quality[]>]),
];

async function both(run: (lang: 'en' | 'nl') => Promise<{quality: Quality}>): Promise<Quality[]> {
  return [(await run('en')).quality, (await run('nl')).quality];
}

describe('the README lists the scorecards of the edubadges and educredentials fixtures', () => {
  test.each(SHARED)('%s', async(file, run) => {
    const [en, nl] = await run();
    expect(README).toContain(scorecardRow(file, en));
    // The same scorecard in Dutch: same statuses, every message in Dutch.
    expect(nl.frameworks.map(framework => framework.rules.map(rule => rule.status))).toEqual(en.frameworks.map(framework => framework.rules.map(rule => rule.status)));
    expect(nl.frameworks.flatMap(framework => framework.rules.map(rule => rule.message)))
      .not.toEqual(en.frameworks.flatMap(framework => framework.rules.map(rule => rule.message)));
  });

  test.each([['hbo'], ['mbo']] as const)('built edubadges %s microcredential (test/fixtures/quality/, with ?expand=micro)', async kind => {
    expect(README).toContain(scorecardRow(`edubadges-micro-${kind}-expanded.json`, await scorecard(edubadges(microFixture(kind)))));
  });
});
