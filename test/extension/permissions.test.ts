import {beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import {startBackground, type BackgroundApi} from '../../extension/background/index.js';
import {CV_SCRIPT, MENU_ID} from '../../extension/background/menu.js';
import {startPageAccess, type PageAccessApi} from '../../extension/background/page-access.js';
import {SITES_SCRIPT_ID, type RegisteredScript} from '../../extension/background/sites.js';
import {hostPatternOf, requestHostAccess, type PermissionsApi} from '../../extension/permissions.js';
import {writeSettings, type SettingsStorage} from '../../extension/settings.js';
import {verify, type Report} from '../../shared/index.js';
import {fixtureFetch, NOW} from '../helpers/fixture-fetch.js';

const storage = fakeBrowser.storage as unknown as SettingsStorage;
const POPUP = {url: fakeBrowser.runtime.getURL('/popup.html')};

/** permissions.* as the browser would answer: `held` patterns, and what the user says to a prompt. */
function permissions(held: string[] = [], answer = true) {
  const granted = new Set(held);
  const api = {
    request: vi.fn(async({origins}: {origins: string[]}) => {
      if(answer) {
        origins.forEach(origin => granted.add(origin));
      }
      return answer;
    }),
    contains: vi.fn(async({origins}: {origins: string[]}) => origins.every(origin => granted.has(origin))),
    remove: vi.fn(async({origins}: {origins: string[]}) => origins.map(origin => granted.delete(origin)).every(Boolean)),
  };
  return Object.assign(api, {granted}) satisfies PermissionsApi;
}

beforeEach(() => fakeBrowser.reset());

describe('host access asked at the user\'s click', () => {
  test('a credential on a host we hold nothing for: asked for exactly that host', async() => {
    const api = permissions();
    expect(await requestHostAccess(api, 'https://badges.example.org/assertions/1')).toBe('granted');
    expect(api.request).toHaveBeenCalledWith({origins: ['https://badges.example.org/*']});
  });

  test('a platform page: asked for the API host the credential is read from (already held, so no prompt)', () => {
    expect(hostPatternOf('https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA')).toBe('https://api.edubadges.nl/*');
    expect(hostPatternOf('https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/public_url')).toBe('https://api.credly.com/*');
  });

  test('refused by the user (or the browser would not ask): refused, never an exception', async() => {
    expect(await requestHostAccess(permissions([], false), 'https://badges.example.org/a')).toBe('refused');
    const throwing = {...permissions(), request: vi.fn(() => {
      throw new Error('This function must be called during a user gesture');
    })};
    expect(await requestHostAccess(throwing, 'https://badges.example.org/a')).toBe('refused');
  });

  test.each([
    'https://127.0.0.1/a', 'https://192.168.1.5/credential', 'https://[fd00::1]/a', 'https://localhost/a', 'https://printer.local/a', 'https://intranet/a',
    'http://badges.example.org/a', 'https://user:pw@badges.example.org/a', '{"@context": []}', 'eyJhbGciOiJFZERTQSJ9.e30.sig',
    `https://www.linkedin.com/learning/certificates/${'ab'.repeat(32)}`, // a platform without verifiable data: nothing is fetched
  ])('%s: the user is never asked', async input => {
    const api = permissions();
    expect(await requestHostAccess(api, input)).toBe('not-asked');
    expect(api.request).not.toHaveBeenCalled();
  });

  test('refused: the background still answers, and what it could not read is unknown — never a pass', async() => {
    // Without host access the service worker's fetch is subject to CORS: the browser's answer is a TypeError.
    const fetch = vi.fn(async() => {
      throw new TypeError('Failed to fetch');
    });
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify: (input, options) => verify(input, {...options, fetch, now: NOW})});
    expect(await requestHostAccess(permissions([], false), 'https://badges.example.org/assertions/1')).toBe('refused');
    const report = await fakeBrowser.runtime.onMessage.trigger({type: 'check', input: 'https://badges.example.org/assertions/1', lang: 'en'}, POPUP)
      .then(answers => answers.find(Boolean) as unknown as Report);
    expect(report.verdict).toBe('unverifiable');
    // The credential could not be read at all: its format is unknown and nothing after it passes.
    expect(report.checks.find(check => check.id === 'format')).toMatchObject({status: 'unknown', code: 'network_error'});
    expect(report.checks.filter(check => check.status === 'pass')).toEqual([]);
    expect(fetch).toHaveBeenCalled();
  });

  test('a private address is refused by the background without a request (and the user was not asked)', async() => {
    const fetch = fixtureFetch({});
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify: (input, options) => verify(input, {...options, fetch, now: NOW})});
    const report = await fakeBrowser.runtime.onMessage.trigger({type: 'check', input: 'https://192.168.1.5/credential', lang: 'en'}, POPUP)
      .then(answers => answers.find(Boolean) as unknown as Report);
    expect(report.verdict).toBe('unverifiable');
    expect(report.checks.find(check => check.id === 'format')).toMatchObject({status: 'unknown', code: 'private_network_blocked'});
    expect(fetch.calls).toEqual([]);
  });
});

/** The background's page-access parts with stubs for the APIs WXT's fake browser leaves out. */
function pageAccess(held: string[] = []) {
  const clicked: ((info: {menuItemId: string | number}, tab?: {id?: number}) => void)[] = [];
  const registered = new Map<string, RegisteredScript>();
  const grants = permissions(held);
  const added: (() => void)[] = [];
  const removed: (() => void)[] = [];
  const api = {
    storage,
    runtime: fakeBrowser.runtime,
    i18n: {getMessage: vi.fn((name: string) => name === 'menuCheckPage' ? 'Check credentials on this page (from _locales)' : '')},
    contextMenus: {
      create: vi.fn(), update: vi.fn(), removeAll: vi.fn(async() => undefined),
      onClicked: {addListener: (listener: (typeof clicked)[number]) => clicked.push(listener)},
    },
    scripting: {
      executeScript: vi.fn(async() => [{result: 3}]),
      registerContentScripts: vi.fn(async(scripts: RegisteredScript[]) => scripts.forEach(script => registered.set(script.id, script))),
      unregisterContentScripts: vi.fn(async({ids}: {ids: string[]}) => ids.forEach(id => registered.delete(id))),
      getRegisteredContentScripts: vi.fn(async({ids}: {ids: string[]}) => ids.flatMap(id => registered.get(id) ?? [])),
    },
    permissions: {...grants, onAdded: {addListener: (listener: () => void) => added.push(listener)},
      onRemoved: {addListener: (listener: () => void) => removed.push(listener)}},
  };
  const started = startPageAccess(api as unknown as PageAccessApi);
  return {api, clicked, registered, grants, started, permissionRemoved: () => removed.forEach(listener => listener())};
}

describe('context menu "Check credentials on this page"', () => {
  test('created once installed, titled from _locales; a click injects the any-page scan into that tab (activeTab)', async() => {
    const {api, clicked} = pageAccess();
    await fakeBrowser.runtime.onInstalled.trigger({reason: 'install', temporary: false});
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledWith({id: MENU_ID, title: 'Check credentials on this page (from _locales)', contexts: ['page']}));
    expect(api.contextMenus.removeAll).toHaveBeenCalledBefore(api.contextMenus.create);
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
    clicked.forEach(listener => listener({menuItemId: MENU_ID}, {id: 12}));
    expect(api.scripting.executeScript).toHaveBeenCalledWith({target: {tabId: 12}, files: [CV_SCRIPT]});
    expect(CV_SCRIPT).toBe('/content-scripts/cv.js'); // the file the popup's button injects
  });

  test('another menu\'s click, or one without a tab, injects nothing', () => {
    const {api, clicked} = pageAccess();
    clicked.forEach(listener => listener({menuItemId: 'other'}, {id: 12}));
    clicked.forEach(listener => listener({menuItemId: MENU_ID}, undefined));
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('a language chosen on the options page retitles the menu in that language', async() => {
    const {api} = pageAccess();
    await writeSettings(storage.local, {lang: 'nl'});
    await vi.waitFor(() => expect(api.contextMenus.update).toHaveBeenCalledWith(MENU_ID, {title: 'Certificaten op deze pagina controleren'}));
    await writeSettings(storage.local, {lang: 'auto'});
    await vi.waitFor(() => expect(api.contextMenus.update).toHaveBeenLastCalledWith(MENU_ID, {title: 'Check credentials on this page (from _locales)'}));
  });
});

describe('sites allowed for automatic checking', () => {
  test('adding a site (host access granted) registers the any-page scan for it; removing one unregisters it', async() => {
    const {registered, grants, started} = pageAccess();
    expect(await started.synced).toEqual([]);
    grants.granted.add('https://cv.example.org/*');
    await writeSettings(storage.local, {allowedSites: ['https://cv.example.org']});
    await vi.waitFor(() => expect(registered.get(SITES_SCRIPT_ID)).toEqual({
      id: SITES_SCRIPT_ID, matches: ['https://cv.example.org/*'], js: ['content-scripts/cv.js'], runAt: 'document_idle'}));
    grants.granted.add('https://portfolio.example.net/*');
    await writeSettings(storage.local, {allowedSites: ['https://cv.example.org', 'https://portfolio.example.net']});
    await vi.waitFor(() => expect(registered.get(SITES_SCRIPT_ID)?.matches).toEqual(['https://cv.example.org/*', 'https://portfolio.example.net/*']));
    await writeSettings(storage.local, {allowedSites: []});
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });

  test('a site whose access the browser no longer holds is not registered; withdrawing access elsewhere unregisters it', async() => {
    await writeSettings(storage.local, {allowedSites: ['https://cv.example.org', 'https://portfolio.example.net']});
    const {api, registered, grants, started, permissionRemoved} = pageAccess(['https://cv.example.org/*']);
    expect(await started.synced).toEqual(['https://cv.example.org/*']);
    expect(registered.get(SITES_SCRIPT_ID)?.matches).toEqual(['https://cv.example.org/*']);
    // A restarted service worker finds the registration as it should be and leaves it alone.
    expect(await startPageAccess(api as unknown as PageAccessApi).synced).toEqual(['https://cv.example.org/*']);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(api.scripting.unregisterContentScripts).not.toHaveBeenCalled();
    grants.granted.delete('https://cv.example.org/*'); // the user took it back in the browser's settings
    permissionRemoved();
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });
});
