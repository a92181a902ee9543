import {describe, expect, test} from 'vitest';
import {formatHuman} from '../../cli/print.js';
import {verify} from '../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW} from '../helpers/fixture-fetch.js';

const ASSERTION = 'https://api.edubadges.nl/public/assertions/hboMicroAssertion0001A';
const routes = () => ({[`${ASSERTION}?expand=badge&expand=badge.issuer`]: fixtureJson('quality/edubadges-micro-hbo-expanded.json'),
  'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': fixtureJson('quality/edubadges-micro-hbo-badgeclass-micro.json')});

describe('the scorecard after the checks, compactly', () => {
  test.each([
    ['en', '  Quality: Microcredential: meets the hbo/wo framework',
      '    EU standard elements: 11 of 11 required, 3 of 5 optional'],
    ['nl', '  Kwaliteit: Microcredential: voldoet aan het kwaliteitskader hbo/wo',
      '    EU-standaardelementen: 11 van 11 verplichte, 3 van 5 optionele'],
  ] as const)('%s: headline, EU elements in one line, then only failing or warning rules', async(lang, headline, elements) => {
    const report = await verify(ASSERTION, {fetch: fixtureFetch(routes()), now: NOW, lang});
    const lines = formatHuman(report, lang, false).trimEnd().split('\n');
    expect(lines[10]).toBe(headline);
    expect(lines[11]).toBe(elements);
    expect(lines).toHaveLength(12); // every rule passes or informs: no rule lines
  });

  test('a regular edubadge: "Not a microcredential", with why; no rule lines', async() => {
    const prod = 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q';
    const report = await verify(prod, {fetch: fixtureFetch({[`${prod}?expand=badge&expand=badge.issuer`]: fixtureJson('http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json')}), now: NOW});
    const lines = formatHuman(report, 'en', false).trimEnd().split('\n');
    expect(lines.slice(10)).toEqual(['  Quality: Not a microcredential — edubadges marks it as a regular edubadge',
      '    EU standard elements: 6 of 11 required (missing: country of the issuer, study load, level, type of assessment, quality assurance), 3 of 5 optional']);
  });
});
