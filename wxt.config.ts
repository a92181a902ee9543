import preact from '@preact/preset-vite';
import {defineConfig} from 'wxt';

// The browser extension (WXT, Manifest V3). Its entrypoints arrive with the extension work;
// this file fixes the decisions already taken: sources in extension/, explicit imports,
// Preact through its Vite plugin (WXT has no Preact module), and no web_accessible_resources
// (LinkedIn probes them, contract §7).
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  vite: () => ({plugins: [preact()]}),
  manifest: {
    name: 'Microcredential verifier',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    host_permissions: ['https://www.linkedin.com/*'],
  },
});
