import type {Lang} from '../../shared/index.js';
import {WORDS} from '../words.js';

export const MENU_ID = 'check-page';
/** The any-page scan (entrypoints/cv.content), the same file the popup's button injects. */
export const CV_SCRIPT = '/content-scripts/cv.js';

export interface ScriptingApi {
  executeScript(injection: {target: {tabId: number}; files: string[]}): Promise<{result?: unknown}[]>;
}

export interface MenuApi {
  contextMenus: {
    create(properties: {id: string; title: string; contexts: ['page']}): unknown;
    update(id: string, properties: {title: string}): Promise<void> | void;
    removeAll(): Promise<void> | void;
    onClicked: {addListener(listener: (info: {menuItemId: string | number}, tab?: {id?: number}) => void): void};
  };
  scripting: ScriptingApi;
  i18n: {getMessage(name: string): string};
  runtime: {onInstalled: {addListener(listener: () => void): void}};
}

/** Inject the any-page scan into a tab; resolves to how many credentials the page points to. */
export async function scanTab(scripting: ScriptingApi, tabId: number): Promise<number> {
  const [result] = await scripting.executeScript({target: {tabId}, files: [CV_SCRIPT]});
  return typeof result?.result === 'number' ? result.result : 0;
}

/**
 * "Check credentials on this page" in the page's context menu. Clicking it grants activeTab for
 * that tab, exactly as clicking the toolbar button does, so the scan is injected without any
 * host permission. Menus persist across service-worker restarts: created once per install or
 * update (MV3), the click listener registered at every start. Titled from _locales, or from the
 * extension's words when the user chose a language (`i18n` cannot switch language).
 */
export function startContextMenu(api: MenuApi, chosenLang: () => Promise<Lang | null>): {retitle(lang: Lang | null): void} {
  const title = (lang: Lang | null) => lang ? WORDS[lang].scanPage : api.i18n.getMessage('menuCheckPage');
  api.runtime.onInstalled.addListener(() => void (async() => {
    await api.contextMenus.removeAll();
    api.contextMenus.create({id: MENU_ID, title: title(await chosenLang()), contexts: ['page']});
  })().catch(() => undefined));
  api.contextMenus.onClicked.addListener((info, tab) => {
    if(info.menuItemId === MENU_ID && tab?.id !== undefined && tab.id >= 0) {
      // A page the browser protects (its own pages, the web store) refuses injection: nothing to do there.
      void scanTab(api.scripting, tab.id).catch(() => undefined);
    }
  });
  return {
    retitle: lang => void Promise.resolve().then(() => api.contextMenus.update(MENU_ID, {title: title(lang)})).catch(() => undefined),
  };
}
