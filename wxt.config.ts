import preact from '@preact/preset-vite';
import {defineConfig} from 'wxt';
import {unusedLibraryParts} from './scripts/unused-library-parts.js';

// The browser extension (WXT, Manifest V3): sources in extension/, explicit imports, Preact
// through its Vite plugin (WXT has no Preact module), webextension-polyfill for one `browser.*`
// in Chrome and Firefox, and no web_accessible_resources (LinkedIn probes them, contract §7).
// Host permissions: LinkedIn (the content script) and the verification APIs the background
// fetches credentials from without CORS (surfaces.md §1.9); any other https host only when the
// user asks for it at a click (optional_host_permissions: a credential's host, a trust list's
// host, a site allowed for automatic checking). Explained in the README.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The same trimmed JSON-LD stack as the web component (scripts/unused-library-parts.ts): a smaller
  // service worker to start, and no setImmediate polyfill with its `new Function` (web-ext lint).
  vite: () => ({plugins: [preact(), unusedLibraryParts()]}),
  manifest: ({browser}) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [
      'https://*.linkedin.com/*', // www. and the public profiles on country subdomains (nl.linkedin.com/in/…)
      'https://api.edubadges.nl/*', 'https://api-demo.edubadges.nl/*', 'https://api-test.edubadges.nl/*',
      'https://api.credly.com/*', 'https://api.badgr.io/*', 'https://api.eu.badgr.io/*', 'https://openbadgefactory.com/*',
    ],
    optional_host_permissions: ['https://*/*'],
    action: {default_title: '__MSG_actionTitle__'},
    // Firefox needs an id for storage and for signing; Chrome derives its own. AMO asks every new
    // extension to declare what it collects (web-ext lint MISSING_DATA_COLLECTION_PERMISSIONS):
    // nothing — credentials are fetched from their issuers, nothing is sent to us or anyone else.
    // Firefox 140 (142 on Android) is the first to read that declaration; it also has every API used
    // here (optional_host_permissions 128, storage.session 115, scripting.registerContentScripts 102).
    ...(browser === 'firefox' ? {browser_specific_settings: {
      gecko: {id: 'microcredential-verifier@extension', strict_min_version: '140.0', data_collection_permissions: {required: ['none']}},
      gecko_android: {strict_min_version: '142.0'},
    }} : {}),
  }),
});
