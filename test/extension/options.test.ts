// @vitest-environment happy-dom
import {h, render} from 'preact';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import type {TrustListDownload} from '../../extension/background/fetch-trust-list.js';
import {App, type OptionsApi} from '../../extension/options/app.js';
import {readSettings, writeSettings, type SettingsStorage} from '../../extension/settings.js';
import type {TrustList} from '../../shared/index.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const storage = fakeBrowser.storage as unknown as SettingsStorage;
const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
const LIST: TrustList = {name: 'Recognised issuers', publisher: 'Example', version: '3', validUntil: '2030-01-01',
  records: [{subject: {dids: ['did:web:example.edu']}, organisation: {legalName: 'Example University'},
    provenance: {source: 'static-allowlist', fetchedAt: '2026-11-01', signatureVerified: false, note: 'from the ministry'}}]};

let root: HTMLElement;
let api: OptionsApi & {permissions: {request: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn>}; download: ReturnType<typeof vi.fn>};

function mount(overrides: Partial<OptionsApi> = {}) {
  api = {
    storage,
    permissions: {request: vi.fn(async() => true), contains: vi.fn(async() => true), remove: vi.fn(async() => true)},
    download: vi.fn(async(): Promise<TrustListDownload> => ({ok: false, problem: 'not_found'})),
    uiLanguage: 'en-GB',
    now: () => NOW,
    ...overrides,
  } as typeof api;
  render(h(App, {api}), root);
  return vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector(selector) as T;
const text = () => root.textContent ?? '';
/** What a section's live regions say (each section has its own). */
const alert = (section = 'trust-title') => $(`section[aria-labelledby="${section}"] [role="alert"]`)?.textContent ?? '';
const status = (section = 'trust-title') => $(`section[aria-labelledby="${section}"] [role="status"]`)?.textContent ?? '';
const sectionText = (id: string) => root.querySelector(`section[aria-labelledby="${id}"]`)?.textContent ?? '';

/** Type into a field and let Preact render the new state (its renders are batched into a later task). */
async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(resolve => setTimeout(resolve, 0));
}
function submit(selector: string) {
  $<HTMLFormElement>(selector).closest('form')?.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
}
function chooseFile(content: string, name = 'list.json', size?: number) {
  const input = $<HTMLInputElement>('#trust-file');
  const file = new File([content], name, {type: 'application/json'});
  if(size !== undefined) {
    Object.defineProperty(file, 'size', {value: size});
  }
  Object.defineProperty(input, 'files', {value: [file], configurable: true});
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page: language and LinkedIn', () => {
  test('defaults: the browser\'s language, annotation on; every control has a label', async() => {
    await mount();
    expect($('h1').textContent).toBe('Microcredential verifier settings');
    expect($<HTMLSelectElement>('#language').value).toBe('auto');
    expect($<HTMLInputElement>('#annotate').checked).toBe(true);
    expect($('#annotate').getAttribute('role')).toBe('switch');
    for(const control of root.querySelectorAll('input, select')) {
      expect(root.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
  });

  test('a Dutch browser gets the page in Dutch; choosing English overrides it, at once and stored', async() => {
    await mount({uiLanguage: 'nl-NL'});
    expect($('h1').textContent).toBe('Instellingen van Microcredential-controle');
    expect(document.documentElement.lang).toBe('nl');
    const select = $<HTMLSelectElement>('#language');
    select.value = 'en';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await vi.waitFor(() => expect($('h1').textContent).toBe('Microcredential verifier settings'));
    expect(document.documentElement.lang).toBe('en');
    expect(await readSettings(storage.local, ['lang'])).toEqual({lang: 'en'});
  });

  test('switching annotation off is stored; a change made elsewhere (another tab) is shown', async() => {
    await mount();
    $<HTMLInputElement>('#annotate').click();
    await vi.waitFor(async() => expect(await readSettings(storage.local, ['annotateLinkedIn'])).toEqual({annotateLinkedIn: false}));
    await writeSettings(storage.local, {annotateLinkedIn: true});
    await vi.waitFor(() => expect($<HTMLInputElement>('#annotate').checked).toBe(true));
  });

  test('the privacy statement says what is fetched, that nothing else is sent, and how long results are kept', async() => {
    await mount();
    const privacy = sectionText('privacy-title');
    expect(privacy).toMatch(/issuer’s keys and DID documents, revocation and status lists, and the trust lists/);
    expect(privacy).toMatch(/Nothing is sent anywhere else: no account, no analytics, no telemetry/);
    expect(privacy).toMatch(/each verification result for 1 hour/);
  });
});

describe('options page: trust lists', () => {
  test('the built-in list is shown with its publisher, version, end date and each entry\'s provenance', async() => {
    await mount();
    const trust = sectionText('trust-title');
    expect(trust).toContain('Dutch education (built in)');
    expect(trust).toContain('no end date');
    expect(trust).toMatch(/edubadges \(SURF\) — static-allowlist · read 2026-11-23 · not signed · edubadges\.md/);
    expect(trust).toContain('You have not added a trust list.');
  });

  test('a file: checked, stored with where it came from, shown, and removed again', async() => {
    await mount();
    chooseFile(JSON.stringify(LIST), 'recognised.json');
    await vi.waitFor(() => expect(status()).toBe('Trust list “Recognised issuers” added.'));
    const [stored] = (await readSettings(storage.local, ['trustLists'])).trustLists;
    expect(stored).toEqual({source: 'file', name: 'recognised.json', publisher: 'Example', addedAt: NOW.toISOString(), list: LIST});
    expect(sectionText('trust-title')).toMatch(/Recognised issuers.*Example.*3.*2030-01-01.*recognised\.json · added 2026-11-23/);
    expect(sectionText('trust-title')).toContain('Example University — static-allowlist · read 2026-11-01 · not signed · from the ministry');
    chooseFile(JSON.stringify(LIST), 'again.json');
    await vi.waitFor(() => expect(alert()).toBe('This list has already been added.'));
    $('button[aria-label="Remove the trust list Recognised issuers"]').click();
    await vi.waitFor(async() => expect((await readSettings(storage.local, ['trustLists'])).trustLists).toEqual([]));
  });

  test('a DCC registry file is read as a list too (the core\'s adapters)', async() => {
    await mount();
    chooseFile(JSON.stringify({meta: {updated: '2026-10-01'}, registry: {'did:web:uni.example': {name: 'Uni', url: 'https://uni.example'}}}), 'dcc.json');
    await vi.waitFor(async() => expect((await readSettings(storage.local, ['trustLists'])).trustLists[0]?.list.records).toHaveLength(1));
  });

  test.each<[string, string, number | undefined, string]>([
    ['not JSON', '{"name": ', undefined, 'This is not a JSON file.'],
    ['JSON that is no list', '{"hello": "world"}', undefined, 'This JSON is not a trust list in any of the accepted forms.'],
    ['a list without a name', JSON.stringify({...LIST, name: ''}), undefined, 'The list’s “name” is missing or not of the right kind.'],
    ['a bad end date', JSON.stringify({...LIST, validUntil: 'soon'}), undefined, 'The list’s “validUntil” is missing or not of the right kind.'],
    ['an entry without a subject', JSON.stringify({...LIST, records: [LIST.records[0], {organisation: {}}]}), undefined,
      'Entry 2 of the list is not a valid entry (it needs a “subject” object).'],
    ['an entry whose DIDs are not strings', JSON.stringify({...LIST, records: [{subject: {dids: [{}]}}]}), undefined,
      'Entry 1 of the list is not a valid entry (it needs a “subject” object).'],
    ['too many entries', JSON.stringify({...LIST, records: Array.from({length: 5001}, () => ({subject: {}}))}), undefined, 'The list has more than 5,000 entries.'],
    ['a file over 1 MB', '{}', 2 * 1024 * 1024, 'The file is larger than 1 MB; a trust list is much smaller.'],
  ])('%s: refused with a plain reason, nothing stored', async(_why, content, size, reason) => {
    await mount();
    chooseFile(content, 'bad.json', size);
    await vi.waitFor(() => expect(alert()).toBe(reason));
    expect((await readSettings(storage.local, ['trustLists'])).trustLists).toEqual([]);
  });

  test('names and entries are rendered as text, never as markup', async() => {
    await mount();
    chooseFile(JSON.stringify({...LIST, name: HOSTILE, publisher: HOSTILE, records: [{subject: {}, organisation: {legalName: HOSTILE}}]}));
    await vi.waitFor(() => expect(sectionText('trust-title')).toContain(HOSTILE));
    expect(root.querySelector('img, script')).toBeNull();
    expect((globalThis as {pwned?: number}).pwned).toBeUndefined();
  });

  test('from an address: fetched by the background, checked and stored with its URL', async() => {
    const download = vi.fn(async(url: string): Promise<TrustListDownload> => ({ok: true, url, text: JSON.stringify(LIST)}));
    await mount({download});
    await type('#trust-url', 'https://lists.example.org/recognised.json');
    submit('#trust-url');
    await vi.waitFor(async() => expect((await readSettings(storage.local, ['trustLists'])).trustLists).toEqual([
      {source: 'url', url: 'https://lists.example.org/recognised.json', name: 'Recognised issuers', publisher: 'Example', addedAt: NOW.toISOString(), list: LIST}]));
    expect(download).toHaveBeenCalledWith('https://lists.example.org/recognised.json');
  });

  test.each(['http://lists.example.org/a.json', 'https://192.168.0.4/list.json', 'https://localhost/list.json', 'lists.example.org'])(
    'from %s: refused on the page, nothing asked of the background', async url => {
      await mount();
      await type('#trust-url', url);
      submit('#trust-url');
      await vi.waitFor(() => expect(alert()).toBe('Enter an https address on the public internet.'));
      expect(api.download).not.toHaveBeenCalled();
    });

  test('what the background could not fetch is said in plain words', async() => {
    await mount({download: vi.fn(async(): Promise<TrustListDownload> => ({ok: false, problem: 'private_network_blocked'}))});
    await type('#trust-url', 'https://lists.example.org/redirects-to-intranet.json');
    submit('#trust-url');
    await vi.waitFor(() => expect(alert()).toBe('That address is local or private; the extension never fetches from such addresses.'));
  });
});

describe('options page: sites checked automatically', () => {
  test('adding a site asks the browser for that origin at the click, and stores it once granted; removing gives access back', async() => {
    await mount();
    await type('#site', 'https://cv.example.org/about');
    submit('#site');
    await vi.waitFor(() => expect(status('sites-title')).toBe('https://cv.example.org is now checked automatically.'));
    expect(api.permissions.request).toHaveBeenCalledWith({origins: ['https://cv.example.org/*']});
    expect((await readSettings(storage.local, ['allowedSites'])).allowedSites).toEqual(['https://cv.example.org']);
    $('button[aria-label="Remove https://cv.example.org"]').click();
    await vi.waitFor(() => expect(api.permissions.remove).toHaveBeenCalledWith({origins: ['https://cv.example.org/*']}));
    expect((await readSettings(storage.local, ['allowedSites'])).allowedSites).toEqual([]);
  });

  test('refused by the user: not added, and the page says so', async() => {
    await mount({permissions: {request: vi.fn(async() => false), contains: vi.fn(), remove: vi.fn()}});
    await type('#site', 'cv.example.org');
    submit('#site');
    await vi.waitFor(() => expect(alert('sites-title')).toBe('Your browser did not give access to this site, so it was not added.'));
    expect((await readSettings(storage.local, ['allowedSites'])).allowedSites).toEqual([]);
  });

  test.each<[string, string]>([
    ['192.168.1.20', 'Only https sites on the public internet can be added (no local or private addresses).'],
    ['http://cv.example.org', 'Only https sites on the public internet can be added (no local or private addresses).'],
    ['intranet', 'Only https sites on the public internet can be added (no local or private addresses).'],
    ['nl.linkedin.com', 'LinkedIn is always checked; switch its annotations on or off above.'],
  ])('%s: refused without asking the browser', async(site, reason) => {
    await mount();
    await type('#site', site);
    submit('#site');
    await vi.waitFor(() => expect(alert('sites-title')).toBe(reason));
    expect(api.permissions.request).not.toHaveBeenCalled();
  });
});

test('the whole page in Dutch has no English left in its own words', async() => {
  await writeSettings(storage.local, {lang: 'nl'});
  await mount();
  // The built-in list's own data (names, notes) is English by source; the page's words must not be.
  for(const id of ['language-title', 'annotate-title', 'sites-title', 'privacy-title']) {
    expect(sectionText(id)).not.toMatch(/\b(the|and|with|when|site address|remove)\b/i);
  }
  expect(text()).toContain('Vertrouwenslijsten');
});

test('a list the browser cannot store (its storage quota is full) is reported as such, not as a bad file', async() => {
  const full = {...storage, local: {...storage.local, set: vi.fn(async() => {
    throw new Error('QUOTA_BYTES quota exceeded');
  })}};
  await mount({storage: full as SettingsStorage});
  chooseFile(JSON.stringify(LIST), 'recognised.json');
  await vi.waitFor(() => expect(alert()).toBe('The list could not be saved: the browser’s storage for the extension is full. Remove a list first.'));
});
