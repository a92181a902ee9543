// @vitest-environment happy-dom
import {describe, expect, test} from 'vitest';
import {createAnnotation} from '../../extension/linkedin/annotation.js';
import {verify, type Lang} from '../../shared/index.js';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fixtureFetch, NOW} from '../helpers/fixture-fetch.js';

// happy-dom's URL replaces Node's here, and fs takes only Node's: read fixtures by path.
const FIXTURES = join(fileURLToPath(import.meta.url), '../../fixtures');
const fixtureJson = (path: string) => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as Record<string, unknown>;

const ID = 'BKNLQoR4QHqKluSOOj1dlA';
const URL_ = `https://www.edubadges.nl/public/assertions/${ID}`;

/** The hbo microcredential fixture served under the page's id; `name` replaces the badge's name. */
async function microReport(lang: Lang, name?: string) {
  const expanded = JSON.parse(JSON.stringify(fixtureJson('quality/edubadges-micro-hbo-expanded.json')).replaceAll('hboMicroAssertion0001A', ID)) as
    {badge: {name: string}};
  if(name) {
    expanded.badge.name = name;
  }
  const fetch = fixtureFetch({[`https://api.edubadges.nl/public/assertions/${ID}?expand=badge&expand=badge.issuer`]: expanded,
    'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': fixtureJson('quality/edubadges-micro-hbo-badgeclass-micro.json')});
  return verify(URL_, {fetch, now: NOW, lang});
}

function mount(lang: Lang) {
  const annotation = createAnnotation(document, URL_, lang, 'open');
  document.body.append(annotation.element);
  return {annotation, shadow: annotation.element.shadowRoot as ShadowRoot};
}

const flush = () => new Promise(resolve => setTimeout(resolve, 0));

describe('the annotation of one entry', () => {
  test('pending first, with the contract attributes on its host', () => {
    const {annotation, shadow} = mount('en');
    expect(annotation.element.getAttribute('data-credential-verdict')).toBe('pending');
    expect(annotation.element.getAttribute('data-credential-url')).toBe(URL_);
    expect(shadow.textContent).toContain('Checking…');
    annotation.remove();
  });

  test.each([
    ['en', 'Verified', 'microcredential · hbo/wo framework'],
    ['nl', 'Geverifieerd', 'microcredential · kwaliteitskader hbo/wo'],
  ] as const)('%s: the verdict word and the framework line; clicking opens the card', async(lang, word, micro) => {
    const {annotation, shadow} = mount(lang);
    annotation.show(await microReport(lang));
    await flush();
    expect(annotation.element.getAttribute('data-credential-verdict')).toBe('verified');
    const badge = shadow.querySelector('button.badge') as HTMLButtonElement;
    expect(badge.textContent).toContain(word);
    expect(badge.textContent).toContain(micro);
    expect(shadow.querySelector('.card')).toBeNull(); // rendered, and its image fetched, only once opened
    badge.click();
    await flush();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(shadow.querySelector('.card')?.textContent).toContain('Data-analyse voor professionals');
    annotation.remove();
    expect(annotation.element.isConnected).toBe(false);
  });

  test('a credential that could not be checked at all says so', async() => {
    const {annotation, shadow} = mount('nl');
    annotation.show(null);
    await flush();
    expect(annotation.element.getAttribute('data-credential-verdict')).toBe('unverifiable');
    expect(shadow.textContent).toContain('Kon niet worden gecontroleerd');
    annotation.remove();
  });

  test('hostile credential text renders as text, inert', async() => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const {annotation, shadow} = mount('en');
    annotation.show(await microReport('en', hostile));
    await flush();
    (shadow.querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    expect(shadow.querySelector('.title')?.textContent).toBe(hostile);
    expect(shadow.querySelector('img[src="x"], script')).toBeNull();
    expect((window as unknown as {pwned?: number}).pwned).toBeUndefined();
    annotation.remove();
  });
});
