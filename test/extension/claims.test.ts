import {describe, expect, test} from 'vitest';
import {fromLines, parseIssued, readClaims} from '../../extension/linkedin/claims.js';
import {compareClaims, normaliseName} from '../../extension/linkedin/compare-claims.js';
import {findCredentialLinks} from '../../extension/linkedin/find.js';
import type {Report} from '../../shared/index.js';
import {expected, loadView, parseView} from './pages.js';
import {readFileSync} from 'node:fs';

const profile = expected['linkedin-profile.html'];
/** expected.json's entries with a URL, as claims: "2025-02" → {year: 2025, month: 2}. */
const claimsOf = (entries: typeof profile.profile_view_entries) => entries.filter(entry => entry.url).map(entry => {
  const [year, month] = entry.issued.split('-').map(Number);
  return {title: entry.title, issuer: entry.issuer, issued: {year, month}};
});
const PROFILE_CLAIMS = claimsOf(profile.profile_view_entries);
const DETAILS_CLAIMS = [...PROFILE_CLAIMS, ...claimsOf(profile.details_view_only)];

/** The L1 page as a Dutch member sees it: Dutch labels and month abbreviations (surfaces.md §1.5). */
function dutchProfile(): Document {
  const html = readFileSync(new URL('../fixtures/pages/linkedin-profile.html', import.meta.url), 'utf8')
    .replace('<html lang="en"', '<html lang="nl"')
    .replace(/Issued (\w{3}) (\d{4})/g, (_all, month: string, year: string) => `Afgegeven op ${month.toLowerCase().replace('mar', 'mrt')} ${year}`)
    .replaceAll('Expires', 'Verloopt').replaceAll('Credential ID', 'Referentienummer');
  return parseView(html);
}

describe('readClaims: the entry\'s own name, issuer and issue month, per layout (expected.json)', () => {
  test.each([
    ['linkedin-profile.html', PROFILE_CLAIMS],
    ['linkedin-profile.html#details', DETAILS_CLAIMS],
    ['linkedin-profile-sdui.html', PROFILE_CLAIMS],
    ['linkedin-profile-sdui.html#details', DETAILS_CLAIMS],
    ['linkedin-public-profile.html', PROFILE_CLAIMS],
  ])('%s', (view, claims) => {
    expect(findCredentialLinks(loadView(view)).map(({host}) => readClaims(host))).toEqual(claims);
  });

  test('Dutch labels on the L1 page read the same', () => {
    const dutch = dutchProfile();
    expect(dutch.body.textContent).toContain('Afgegeven op mrt 2022'); // the replacement above did something
    expect(findCredentialLinks(dutch).map(({host}) => readClaims(host))).toEqual(PROFILE_CLAIMS);
  });

  test.each([
    ['Issued Feb 2025', {year: 2025, month: 2}],
    ['Issued Feb 2025 · Expires Feb 2028', {year: 2025, month: 2}],
    ['Afgegeven op feb 2025', {year: 2025, month: 2}],
    ['Uitgegeven: feb. 2025', {year: 2025, month: 2}],
    ['Uitgegeven op 3 maart 2025', null], // a day is no LinkedIn form: not guessed
    ['Afgegeven op mrt 2024', {year: 2024, month: 3}],
    ['Issued October 2023', {year: 2023, month: 10}],
    ['Afgegeven op okt 2023', {year: 2023, month: 10}],
    ['Issued 2021', {year: 2021, month: null}],
    ['Issued soon', null],
    ['Credential ID 2025', undefined],
    ['Hogeschool Delta Noord', undefined],
  ])('parseIssued(%j) → %j', (line, issued) => {
    expect(parseIssued(line)).toEqual(issued);
  });

  test('lines: ids, skills and button labels are neither name nor issuer; a missing date is null', () => {
    expect(fromLines(['Credential ID X', 'Data Stewardship', 'Skills: FAIR', 'Universiteit Noord', 'Referentie weergeven'])).toEqual(
      {title: 'Data Stewardship', issuer: 'Universiteit Noord', issued: null});
  });
});

const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile';

/** A report with only what the comparison reads: the credential's display fields and the trust check. */
function report({title = 'Research Data Management', issuer = 'Instituut voor ICT', issuedOn = '2025-03-14T10:00:00Z', input = EDU,
  trusted = true} = {}): Report {
  const trust = trusted ? {id: 'trust', status: 'pass', code: 'issuer_recognised', message: '',
    evidence: {record: {organisation: {legalName: 'edubadges (SURF)'}}, via: {platform: 'edubadges', name: 'Hanzehogeschool Groningen'}}} :
    {id: 'trust', status: 'warn', code: 'issuer_not_recognised', message: '', evidence: {}};
  return {input, verdict: 'verified', format: 'ob2-hosted', summary: '', checks: [trust], presentation: null,
    credential: {title, issuer: {id: input === EDU ? 'https://api.edubadges.nl/public/issuers/x' : 'https://www.credly.com/org/x', name: issuer}, issuedOn, validUntil: null, recipient: {}, achievement: {}, image: null},
  } as unknown as Report;
}
const claims = (overrides: Partial<{title: string | null; issuer: string | null; issued: {year: number; month: number | null} | null}> = {}) =>
  ({title: 'Research Data Management', issuer: 'Hanzehogeschool Groningen', issued: {year: 2025, month: 3}, ...overrides});

describe('compareClaims: the entry against its credential', () => {
  test.each([
    ['same month', claims(), report(), []],
    ['edubadges, one month earlier (its Add-to-profile 0-based month, surfaces.md §1.8)', claims({issued: {year: 2025, month: 2}}), report(), []],
    ['edubadges, January credential: the profile says December of the year before', claims({issued: {year: 2024, month: 12}}),
      report({issuedOn: '2025-01-20T09:00:00Z'}), []],
    ['only a year on the profile', claims({issued: {year: 2025, month: null}}), report(), []],
    ['late on the last day in UTC is the next month further east', claims({issued: {year: 2025, month: 3}}),
      report({issuedOn: '2025-02-28T23:30:00Z', input: CREDLY}), []],
    ['edubadges, one month later', claims({issued: {year: 2025, month: 4}}), report(),
      [{field: 'date', profile: 'Apr 2025', credential: 'Mar 2025'}]],
    ['not edubadges, one month earlier', claims({issued: {year: 2025, month: 2}}), report({input: CREDLY}),
      [{field: 'date', profile: 'Feb 2025', credential: 'Mar 2025'}]],
    ['another year', claims({issued: {year: 2024, month: 3}}), report({issuedOn: '2021-03-14T10:00:00Z'}),
      [{field: 'date', profile: '2024', credential: '2021'}]],
    ['another year, the profile giving only a year', claims({issued: {year: 2024, month: null}}), report({issuedOn: '2021-03-14T10:00:00Z'}),
      [{field: 'date', profile: '2024', credential: '2021'}]],
  ])('date: %s', (_name, entry, credential, mismatches) => {
    expect(compareClaims(entry, credential, 'en')).toEqual(mismatches);
  });

  test('Dutch month names in the date mismatch', () => {
    expect(compareClaims(claims({issued: {year: 2025, month: 5}}), report(), 'nl')).toEqual([{field: 'date', profile: 'mei 2025', credential: 'mrt 2025'}]);
  });

  test.each([
    ['case, spacing and punctuation', 'research  data-management', true],
    ['the kind added on LinkedIn: "(microcredential)"', 'Research Data Management (microcredential)', true],
    ['the kind in front', 'Microcredential: Research Data Management', true],
    ['accents', 'Reséarch Data Management', true],
    ['full-width letters (compatibility forms)', 'Ｒｅｓｅａｒｃｈ Data Management', true],
    ['another course', 'Research Data Governance', false],
    ['only the kind', 'Microcredential', false],
    ['a Cyrillic lookalike "а"', 'Research Dаta Management', false],
  ])('title: %s', (_name, title, same) => {
    const found = compareClaims(claims({title}), report(), 'en');
    expect(found).toEqual(same ? [] : [{field: 'title', profile: title, credential: 'Research Data Management'}]);
  });

  test('title: zero-width characters in the credential\'s name are invisible, so not a difference; bidi reordering is', () => {
    expect(compareClaims(claims(), report({title: 'Research\u200B Data\u200D Management'}), 'en')).toEqual([]);
    const reversed = '\u202Etnemeganam atad hcraeseR';
    expect(compareClaims(claims(), report({title: reversed}), 'en')).toEqual([{field: 'title', profile: 'Research Data Management', credential: reversed}]);
  });

  test.each([
    ['the trust list\'s name for the institution', 'Hanzehogeschool Groningen', true],
    ['the credential\'s own issuer (a faculty)', 'instituut voor ict', true],
    ['part of the name, word for word', 'Hanzehogeschool', true],
    ['the platform\'s LinkedIn page (edubadges\' default organisation)', 'SURF', true],
    ['another institution', 'Universiteit Noord', false],
    ['two letters are not a name', 'IC', false],
  ])('issuer: %s', (_name, issuer, same) => {
    expect(compareClaims(claims({issuer}), report(), 'en')).toEqual(same ? [] : [{field: 'issuer', profile: issuer, credential: 'Hanzehogeschool Groningen'}]);
  });

  test('issuer without a trust list: only the credential\'s own name counts', () => {
    expect(compareClaims(claims({issuer: 'Instituut voor ICT'}), report({trusted: false}), 'en')).toEqual([]);
    expect(compareClaims(claims({issuer: 'SURF'}), report({trusted: false}), 'en')).toEqual([{field: 'issuer', profile: 'SURF', credential: 'Instituut voor ICT'}]);
  });

  test('all three at once, in the order name, issuer, date', () => {
    expect(compareClaims({title: 'Other', issuer: 'Other Org', issued: {year: 2019, month: 1}}, report(), 'en').map(mismatch => mismatch.field))
      .toEqual(['title', 'issuer', 'date']);
  });

  test('nothing to compare: no credential in the report, or no claims on the page', () => {
    expect(compareClaims(claims({title: 'Other'}), {...report(), credential: null}, 'en')).toEqual([]);
    expect(compareClaims({title: null, issuer: null, issued: null}, report(), 'en')).toEqual([]);
    expect(compareClaims(claims({issued: {year: 2019, month: 1}}), report({issuedOn: 'not a date'}), 'en')).toEqual([]);
  });

  test('normaliseName', () => {
    expect(normaliseName('  Data-Analyse\u200B voor  Professionals (hbo) ')).toBe('data analyse voor professionals hbo');
  });
});
