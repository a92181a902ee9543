import {describe, expect, test} from 'vitest';
import type {CheckResult, Report} from '../../../shared/index.js';
import {formatDate, toDisplay, trustedIssuerName} from '../../../shared/ui/display.js';

const check = (id: CheckResult['id'], status: CheckResult['status'], evidence: Record<string, unknown> = {}): CheckResult =>
  ({id, status, code: 'not_checked', message: '', evidence});

function report(changes: {image?: string | null; input?: string; issuer?: string; integrity?: CheckResult['status']; trust?: CheckResult}): Report {
  return {
    input: changes.input ?? '-', verdict: 'warning', format: 'ob3-data-integrity', summary: '', presentation: null,
    checks: [check('format', 'pass'), check('integrity', changes.integrity ?? 'pass'), changes.trust ?? check('trust', 'warn')],
    credential: {title: 'Data Literacy', issuer: {id: changes.issuer ?? 'https://example.edu/issuer', name: 'Example University'},
      issuedOn: '2025-03-01T00:30:00+01:00', validUntil: null, recipient: {}, achievement: {}, image: changes.image ?? null},
    quality: {microcredential: false, euComplete: false, elements: [], frameworks: []},
  };
}

describe('shared/ui display model', () => {
  test.each([
    ['an inline image, whatever else', {image: 'data:image/png;base64,AAAA', integrity: 'fail' as const}, 'data:image/png;base64,AAAA'],
    ['an image on the issuer\'s origin, signature good', {image: 'https://example.edu/i.png'}, 'https://example.edu/i.png'],
    ['an image on the credential\'s own origin', {image: 'https://cdn.example.org/i.png', input: 'https://cdn.example.org/c/1'}, 'https://cdn.example.org/i.png'],
    ['an image on a did:web issuer\'s host', {image: 'https://example.edu/i.png', issuer: 'did:web:example.edu:issuers:1'}, 'https://example.edu/i.png'],
    ['an image on another host', {image: 'https://tracker.example.net/pixel.png'}, null],
    ['an image of a credential whose signature failed', {image: 'https://example.edu/i.png', integrity: 'fail' as const}, null],
  ])('image: %s', (_name, changes, expected) => {
    expect(toDisplay(report(changes), 'en').image).toBe(expected);
  });

  test('the issuer\'s name comes from the trust list that recognised it, else from the credential', () => {
    const onRecord = check('trust', 'pass', {list: 'L', record: {subject: {}, organisation: {legalName: 'Listed University'}}});
    const viaPlatform = check('trust', 'pass', {list: 'L', record: {organisation: {legalName: 'edubadges (SURF)'}}, via: {name: 'Hanzehogeschool Groningen'}});
    expect(trustedIssuerName(report({trust: onRecord}))).toBe('Listed University');
    expect(trustedIssuerName(report({trust: viaPlatform}))).toBe('Hanzehogeschool Groningen');
    expect(toDisplay(report({trust: viaPlatform}), 'en')).toMatchObject({issuer: 'Hanzehogeschool Groningen', recognisedBy: 'L'});
    expect(toDisplay(report({}), 'en')).toMatchObject({issuer: 'Example University', recognisedBy: null});
  });

  test('dates as people read them, in UTC; text that is no date stays text', () => {
    expect(formatDate('2022-12-05T14:21:04Z', 'en')).toBe('5 December 2022');
    expect(formatDate('2022-12-05T14:21:04Z', 'nl')).toBe('5 december 2022');
    expect(formatDate('sometime', 'en')).toBe('sometime');
    expect(formatDate(null, 'en')).toBeNull();
  });
});
