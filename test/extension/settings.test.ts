import {beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, MAX_ALLOWED_SITES, originPattern, readSettings, resolveLang, SETTINGS_KEYS, toSiteOrigin, watchSettings, writeSettings,
  type AddedTrustList, type SettingsStorage,
} from '../../extension/settings.js';

const storage = fakeBrowser.storage as unknown as SettingsStorage;
const LIST: AddedTrustList = {
  source: 'file', name: 'mine.json', publisher: 'Example', addedAt: '2026-11-23T12:00:00.000Z',
  list: {name: 'Mine', publisher: 'Example', version: '1', validUntil: null, records: [{subject: {dids: ['did:web:example.edu']}}]},
};

beforeEach(() => fakeBrowser.reset());

describe('settings: defaults and stored values', () => {
  test('nothing stored: the defaults (browser language, annotate LinkedIn, no lists, no sites)', async() => {
    expect(await readSettings(storage.local)).toEqual({lang: 'auto', annotateLinkedIn: true, trustLists: [], allowedSites: []});
  });

  test('what was written reads back, one key per setting', async() => {
    await writeSettings(storage.local, {lang: 'nl', annotateLinkedIn: false, trustLists: [LIST], allowedSites: ['https://cv.example.org']});
    expect(await readSettings(storage.local)).toEqual({lang: 'nl', annotateLinkedIn: false, trustLists: [LIST], allowedSites: ['https://cv.example.org']});
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(Object.values(SETTINGS_KEYS).sort());
    expect(await readSettings(storage.local, ['annotateLinkedIn'])).toEqual({annotateLinkedIn: false});
  });

  test.each<[string, unknown]>([
    [SETTINGS_KEYS.lang, 'de'],
    [SETTINGS_KEYS.annotateLinkedIn, 'false'],
    [SETTINGS_KEYS.annotateLinkedIn, 0],
    [SETTINGS_KEYS.trustLists, {name: 'not an array'}],
    [SETTINGS_KEYS.allowedSites, 'https://cv.example.org'],
  ])('a malformed stored value (%s = %j) reads as the default', async(key, value) => {
    await fakeBrowser.storage.local.set({[key]: value});
    expect(await readSettings(storage.local)).toEqual(DEFAULT_SETTINGS);
  });

  test('malformed entries inside the lists are left out: private or plain-http sites, lists without records', async() => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.allowedSites]: ['https://cv.example.org', 'http://cv.example.org', 'https://192.168.1.4', 'https://intranet', 42],
      [SETTINGS_KEYS.trustLists]: [LIST, {...LIST, list: {name: 'x'}}, {...LIST, source: 'ftp'}, null],
    });
    expect(await readSettings(storage.local)).toMatchObject({allowedSites: ['https://cv.example.org'], trustLists: [LIST]});
  });

  test.each<[string, object]>([
    ['an unknown language', {lang: 'fr'}],
    ['a private site', {allowedSites: ['https://10.0.0.1']}],
    ['a site that is not an origin', {allowedSites: ['https://cv.example.org/path']}],
    ['too many sites', {allowedSites: Array.from({length: MAX_ALLOWED_SITES + 1}, (_, i) => `https://s${i}.example.org`)}],
    ['a list without records', {trustLists: [{...LIST, list: {name: 'x'}}]}],
  ])('writing %s is refused and nothing is stored', async(_why, patch) => {
    await expect(writeSettings(storage.local, patch)).rejects.toThrow(TypeError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('settings: change events', () => {
  test('a watcher hears the settings it watches, with their new values read the same way', async() => {
    const heard = vi.fn();
    const stop = watchSettings(storage, ['annotateLinkedIn', 'lang'], heard);
    await writeSettings(storage.local, {annotateLinkedIn: false});
    expect(heard).toHaveBeenLastCalledWith({annotateLinkedIn: false});
    await writeSettings(storage.local, {allowedSites: ['https://cv.example.org']}); // not watched
    expect(heard).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({[SETTINGS_KEYS.lang]: 'xx'}); // malformed: the default
    expect(heard).toHaveBeenLastCalledWith({lang: 'auto'});
    await fakeBrowser.storage.local.remove(SETTINGS_KEYS.annotateLinkedIn); // removed: the default
    expect(heard).toHaveBeenLastCalledWith({annotateLinkedIn: true});
    stop();
    await writeSettings(storage.local, {annotateLinkedIn: false});
    expect(heard).toHaveBeenCalledTimes(3);
  });

  test('changes in another storage area are not settings', async() => {
    const heard = vi.fn();
    watchSettings(storage, ['lang'], heard);
    await fakeBrowser.storage.session.set({[SETTINGS_KEYS.lang]: 'nl'});
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('language and sites', () => {
  test.each<[Parameters<typeof resolveLang>[0], string | undefined, string]>([
    ['auto', 'nl-NL', 'nl'], ['auto', 'nl', 'nl'], ['auto', 'en-GB', 'en'], ['auto', 'de', 'en'], ['auto', undefined, 'en'],
    ['en', 'nl-NL', 'en'], ['nl', 'en-US', 'nl'],
  ])('setting %s with browser language %s → %s', (setting, ui, lang) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });

  test.each<[string, string | null]>([
    ['cv.example.org', 'https://cv.example.org'],
    ['  https://CV.Example.org/about/me?x=1#top ', 'https://cv.example.org'],
    ['https://cv.example.org:8443/', 'https://cv.example.org:8443'],
    ['http://cv.example.org', null],
    ['https://user:pw@cv.example.org', null],
    ['localhost', null], ['https://127.0.0.1', null], ['https://[::1]/', null], ['192.168.0.10', null], ['https://printer.local', null],
    ['intranet', null], ['javascript:alert(1)', null], ['', null],
  ])('site %j → %j', (input, origin) => {
    expect(toSiteOrigin(input)).toBe(origin);
  });

  test('the permission pattern of an origin covers that host only, any port', () => {
    expect(originPattern('https://cv.example.org')).toBe('https://cv.example.org/*');
    expect(originPattern('https://cv.example.org:8443')).toBe('https://cv.example.org/*');
  });
});
