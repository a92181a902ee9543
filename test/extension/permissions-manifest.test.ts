import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {build} from 'wxt';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCALES = join(ROOT, 'extension/public/_locales');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const messages = (lang: string) => readJson(join(LOCALES, lang, 'messages.json')) as Record<string, {message: string; description: string}>;

/** The permissions both builds ask for, each explained in the README's "Browser extension" section. */
const PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus'];
const HOST_PERMISSIONS = [
  'https://*.linkedin.com/*',
  'https://api.edubadges.nl/*', 'https://api-demo.edubadges.nl/*', 'https://api-test.edubadges.nl/*',
  'https://api.credly.com/*', 'https://api.badgr.io/*', 'https://api.eu.badgr.io/*', 'https://openbadgefactory.com/*',
];
const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'];

describe('_locales: Dutch and English for everything the browser shows', () => {
  test('both languages have the same messages, none empty, each with a description', () => {
    const [en, nl] = [messages('en'), messages('nl')];
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for(const entry of [...Object.values(en), ...Object.values(nl)]) {
      expect(entry.message.trim()).not.toBe('');
      expect(entry.description.trim()).not.toBe('');
    }
  });

  test('the manifest description fits the Chrome Web Store (132 characters); the store text is one or two sentences', () => {
    for(const lang of ['en', 'nl']) {
      expect(messages(lang).extDescription.message.length).toBeLessThanOrEqual(132);
      expect(messages(lang).storeDescription.message.split(/[.!?](\s|$)/).filter(part => part.trim().length > 1)).toHaveLength(2);
    }
  });

  test('every __MSG_…__ the configuration and the pages use exists', () => {
    const sources = [readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
      ...['popup', 'options'].map(page => readFileSync(join(ROOT, 'extension/entrypoints', page, 'index.html'), 'utf8'))].join('\n');
    const used = [...sources.matchAll(/__MSG_(\w+)__/g)].map(match => match[1]);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle']));
    for(const name of used) {
      expect(messages('en'), name).toHaveProperty(name);
    }
    // The context menu and the options page take theirs from code: those names exist too.
    expect(messages('nl')).toHaveProperty('menuCheckPage');
    expect(messages('nl')).toHaveProperty('optionsTitle');
  });
});

describe('the Firefox build (wxt build -b firefox --mv3)', {timeout: 120_000}, () => {
  let outDir: string;
  let manifest: Record<string, unknown>;

  beforeAll(async() => {
    outDir = mkdtempSync(join(tmpdir(), 'ext-firefox-'));
    const noop = () => undefined;
    await build({root: ROOT, outDir, browser: 'firefox', manifestVersion: 3,
      logger: {debug: noop, log: noop, info: noop, warn: noop, error: console.error, fatal: console.error, success: noop, level: 0}});
    manifest = readJson(join(outDir, 'firefox-mv3', 'manifest.json'));
  }, 120_000);

  afterAll(() => rmSync(outDir, {recursive: true, force: true}));

  test('Manifest V3 with the same permissions as the Chrome build, and nothing web pages can probe', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest.host_permissions).toEqual(HOST_PERMISSIONS);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  test('what addons.mozilla.org requires: an add-on id, the declaration that no data is collected, and the versions that read it', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {id: 'microcredential-verifier@extension', strict_min_version: '140.0', data_collection_permissions: {required: ['none']}},
      gecko_android: {strict_min_version: '142.0'},
    });
  });

  test('an event-page background (Firefox has no service workers for extensions), the options page in a tab, localised names', () => {
    expect(manifest.background).toEqual({scripts: ['background.js']});
    expect(manifest.options_ui).toEqual({page: 'options.html', open_in_tab: true});
    expect(manifest).toMatchObject({name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en',
      action: {default_title: '__MSG_actionTitle__', default_popup: 'popup.html'}});
    expect(readdirSync(join(outDir, 'firefox-mv3', '_locales')).sort()).toEqual(['en', 'nl']);
  });

  test('the any-page scan is built but declared for no site: it runs only when injected or registered for an allowed site', () => {
    expect(readdirSync(join(outDir, 'firefox-mv3', 'content-scripts')).sort()).toEqual(['cv.js', 'linkedin.js']);
    expect(manifest.content_scripts).toEqual([{matches: ['https://*.linkedin.com/*'], run_at: 'document_idle', js: ['content-scripts/linkedin.js']}]);
  });
});
