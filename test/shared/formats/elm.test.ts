import {expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW} from '../../helpers/fixture-fetch.js';

test('a Europass (ELM/EDC) credential is read for its claims; its JAdES seal is reported as not checkable, with why', async() => {
  const fetch = fixtureFetch({});
  for(const lang of ['en', 'nl'] as const) {
    const report = await verify(fixtureJson('credentials/europass-edc-microcredential-built.json'), {fetch, now: NOW, lang});
    expect(report.format).toBe('elm');
    expect(report.checks[0]).toMatchObject({status: 'pass', code: 'well_formed'});
    expect(report.checks[1]).toMatchObject({status: 'unknown', code: 'seal_not_checkable'});
    expect(report.checks[1].message).toMatch(lang === 'en' ? /JAdES.*no maintained JavaScript library/ : /JAdES.*geen onderhouden JavaScript-bibliotheek/);
    expect(report.verdict).toBe('unverifiable');
    expect(report.credential).toMatchObject({title: 'Sustainable Supply Chains', issuedOn: '2025-03-14T10:00:00Z',
      issuer: {id: 'urn:epass:org:1', name: 'Example University of Applied Sciences'}});
  }
  expect(fetch.calls).toEqual([]);
});
