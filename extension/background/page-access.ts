import {readSettings, watchSettings, type SettingsStorage} from '../settings.js';
import type {PermissionsApi} from '../permissions.js';
import {startContextMenu, type MenuApi} from './menu.js';
import {createSiteSync, type SitesApi} from './sites.js';

type PermissionsEvent = {addListener(listener: () => void): void};

export interface PageAccessApi extends MenuApi {
  storage: SettingsStorage;
  scripting: MenuApi['scripting'] & SitesApi['scripting'];
  permissions: Pick<PermissionsApi, 'contains'> & {onAdded: PermissionsEvent; onRemoved: PermissionsEvent};
}

/**
 * How the extension reaches pages other than LinkedIn: the context menu's on-demand scan, and
 * the automatic scan on the sites the user allowed, kept in step with the settings and with the
 * host permissions the browser holds (a user can withdraw one in the browser's own settings).
 */
export function startPageAccess(api: PageAccessApi): {synced: Promise<string[]>} {
  const chosenLang = () => readSettings(api.storage.local, ['lang']).then(({lang}) => lang === 'auto' ? null : lang, () => null);
  const menu = startContextMenu(api, chosenLang);
  const syncSites = createSiteSync(api);
  const resync = () => readSettings(api.storage.local, ['allowedSites']).then(({allowedSites}) => syncSites(allowedSites)).catch(() => []);
  watchSettings(api.storage, ['allowedSites', 'lang'], changed => {
    if(changed.allowedSites) {
      void resync();
    }
    if(changed.lang) {
      menu.retitle(changed.lang === 'auto' ? null : changed.lang);
    }
  });
  api.permissions.onAdded.addListener(() => void resync());
  api.permissions.onRemoved.addListener(() => void resync());
  return {synced: resync()};
}
