// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {createAnnotation} from '../../extension/linkedin/annotation.js';
import type {ClaimMismatch} from '../../extension/linkedin/compare-claims.js';
import type {Lang, Report} from '../../shared/index.js';

const URL_ = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const REPORT = {input: URL_, verdict: 'verified', format: 'ob2-hosted', summary: '', checks: [], presentation: null,
  quality: {microcredential: false, euComplete: false, elements: [], frameworks: []},
  credential: {title: 'Research Data Management', issuer: {id: null, name: 'Instituut voor ICT'}, issuedOn: '2021-03-14', validUntil: null,
    recipient: {}, achievement: {}, image: null}} as unknown as Report;

const flush = () => new Promise(resolve => setTimeout(resolve, 0));

function shown(lang: Lang, mismatches: ClaimMismatch[]) {
  const annotation = createAnnotation(document, URL_, lang, 'open');
  document.body.append(annotation.element);
  annotation.show(REPORT, mismatches);
  return {annotation, shadow: annotation.element.shadowRoot as ShadowRoot};
}

describe('the annotation shows where the profile and the credential differ', () => {
  test.each([
    ['en', 'The profile says 2024, the credential says 2021.'],
    ['nl', 'Op het profiel staat 2024, in het certificaat 2021.'],
  ] as const)('%s: the sentence, and the field on the host', async(lang, sentence) => {
    const {annotation, shadow} = shown(lang, [{field: 'date', profile: '2024', credential: '2021'}]);
    await flush();
    expect(annotation.element.getAttribute('data-credential-mismatch')).toBe('date');
    expect(shadow.querySelector('.claim[data-field="date"]')?.textContent).toBe(sentence);
    annotation.show(REPORT, []); // a later report without a difference takes it away again
    await flush();
    expect(annotation.element.hasAttribute('data-credential-mismatch')).toBe(false);
    expect(shadow.querySelector('.claims')).toBeNull();
    annotation.remove();
  });

  test('names as text, each isolated in its own <bdi>; several fields on the host', async() => {
    const hostile = '<img src=x onerror="window.pwned=1">\u202Egnp.exe';
    const {annotation, shadow} = shown('en', [{field: 'title', profile: 'Research Data Management', credential: hostile},
      {field: 'issuer', profile: 'Hogeschool Delta Noord', credential: 'Instituut voor ICT'}]);
    await flush();
    expect(annotation.element.getAttribute('data-credential-mismatch')).toBe('title issuer');
    const title = shadow.querySelector('.claim[data-field="title"]') as HTMLElement;
    expect(title.textContent).toBe(`The profile says “Research Data Management”, the credential is called “${hostile}”.`);
    expect([...title.querySelectorAll('bdi')].map(bdi => bdi.textContent)).toEqual(['Research Data Management', hostile]);
    expect(shadow.querySelector('img[src="x"]')).toBeNull();
    expect(shadow.querySelector('.claim[data-field="issuer"]')?.textContent)
      .toBe('The profile says issued by Hogeschool Delta Noord, the credential by Instituut voor ICT.');
    annotation.remove();
  });
});
