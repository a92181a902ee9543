import {originPattern} from '../settings.js';
import type {PermissionsApi} from '../permissions.js';
import {CV_SCRIPT} from './menu.js';

export const SITES_SCRIPT_ID = 'cv-allowed-sites';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_idle';
}

export interface SitesApi {
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: {ids: string[]}): Promise<void>;
    getRegisteredContentScripts(filter: {ids: string[]}): Promise<RegisteredScript[]>;
  };
  permissions: Pick<PermissionsApi, 'contains'>;
}

/**
 * Automatic checking on the sites the user allowed: the any-page scan registered as a content
 * script for exactly those origins whose host permission the browser still holds (the user may
 * have withdrawn it in the browser's own settings). One registration for all sites, replaced on
 * every change. Returns the match patterns now registered.
 */
export function createSiteSync(api: SitesApi): (sites: readonly string[]) => Promise<string[]> {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = async(sites: readonly string[]) => {
    const patterns = [...new Set(sites.map(originPattern))];
    const held = await Promise.all(patterns.map(pattern => api.permissions.contains({origins: [pattern]}).catch(() => false)));
    const matches = patterns.filter((_, i) => held[i]);
    const existing = await api.scripting.getRegisteredContentScripts({ids: [SITES_SCRIPT_ID]});
    if(existing.length > 0 && JSON.stringify(existing[0].matches ?? []) === JSON.stringify(matches)) {
      return matches; // unchanged: the service worker starts often, the registration persists
    }
    if(existing.length > 0) {
      await api.scripting.unregisterContentScripts({ids: [SITES_SCRIPT_ID]});
    }
    if(matches.length > 0) {
      // Without the leading slash: registerContentScripts takes paths relative to the extension root.
      await api.scripting.registerContentScripts([{id: SITES_SCRIPT_ID, matches, js: [CV_SCRIPT.slice(1)], runAt: 'document_idle'}]);
    }
    return matches;
  };
  // Storage and permission events can arrive together: one sync at a time, in order.
  return sites => {
    const next = queue.then(() => sync(sites));
    queue = next.catch(() => undefined);
    return next;
  };
}
