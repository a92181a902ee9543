import {render} from 'preact';
import {browser} from 'wxt/browser';
import {App, type OptionsApi} from '../../options/app.js';
import type {PermissionsApi} from '../../permissions.js';
import {send} from '../../protocol.js';
import type {SettingsStorage} from '../../settings.js';

const api: OptionsApi = {
  storage: browser.storage as unknown as SettingsStorage,
  permissions: browser.permissions as unknown as PermissionsApi,
  download: url => send({type: 'download-trust-list', url}),
  uiLanguage: browser.i18n.getUILanguage(),
  now: () => new Date(),
};
// WXT types getMessage for its own i18n module; the browser's takes any message name of _locales.
document.title = (browser.i18n as unknown as {getMessage(name: string): string}).getMessage('optionsTitle'); // until the chosen language is read (App sets it then)
render(<App api={api}/>, document.getElementById('app') as HTMLElement);
