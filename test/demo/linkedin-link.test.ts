import {describe, expect, test} from 'vitest';
import type {Report} from '../../shared/index.js';
import {linkedInAddUrl} from '../../demo/linkedin-link.js';

function report(credential: Partial<NonNullable<Report['credential']>> | null, trust?: Report['checks'][number]): Report {
  return {
    input: '-', verdict: 'warning', format: 'ob2-hosted', summary: '', presentation: null,
    checks: trust ? [trust] : [],
    credential: credential && {title: 'Data Literacy', issuer: {id: 'https://example.edu', name: 'Example University'}, issuedOn: null,
      validUntil: null, recipient: {}, achievement: {}, image: null, ...credential},
    quality: {microcredential: false, euComplete: false, elements: [], frameworks: []},
  };
}
const params = (url: string | null) => Object.fromEntries(new URL(url!).searchParams);
const CERT = 'https://www.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q';

describe('LinkedIn "Add to profile" link (surfaces.md §1.8)', () => {
  test.each([
    ['2022-12-05T14:21:04.517352+00:00', '2022', '12'],
    ['2025-01-31T23:30:00Z', '2025', '1'],
    // Just after midnight on 1 March in the Netherlands: March, as written (in UTC it is still February).
    ['2025-03-01T00:30:00+01:00', '2025', '3'],
  ])('issued %s → issueYear %s, issueMonth %s (1-based, not edubadges\' 0-based month)', (issuedOn, year, month) => {
    expect(params(linkedInAddUrl(report({issuedOn}), CERT))).toMatchObject({issueYear: year, issueMonth: month});
  });

  test('every parameter, encoded; certId from an assertion URL; expiry when the credential has one', () => {
    const url = linkedInAddUrl(report({title: 'Data & AI: "basics"', issuedOn: '2024-06-01T00:00:00Z', validUntil: '2029-08-30T00:00:00Z'}), CERT);
    expect(url?.startsWith('https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&')).toBe(true);
    expect(params(url)).toEqual({startTask: 'CERTIFICATION_NAME', name: 'Data & AI: "basics"', organizationName: 'Example University',
      issueYear: '2024', issueMonth: '6', expirationYear: '2029', expirationMonth: '8', certUrl: CERT, certId: 'a41jSgmsSh6Sa1xcVUku5Q'});
  });

  test('the organisation is the name a trust list gives the issuer, when one recognised it', () => {
    const trust = {id: 'trust' as const, status: 'pass' as const, code: 'issuer_recognised' as const, message: '',
      evidence: {record: {subject: {}, organisation: {legalName: 'Hanzehogeschool Groningen'}}}};
    expect(params(linkedInAddUrl(report({}, trust), CERT)).organizationName).toBe('Hanzehogeschool Groningen');
  });

  test.each([
    ['no published https address', report({}), null],
    ['a plain http address', report({}), 'http://example.edu/c/1'],
    ['no title', report({title: null}), CERT],
    ['no credential', report(null), CERT],
  ])('no link with %s', (_why, given, certUrl) => {
    expect(linkedInAddUrl(given, certUrl)).toBeNull();
  });
});
