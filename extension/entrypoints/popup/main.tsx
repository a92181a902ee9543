import {render} from 'preact';
import {browser} from 'wxt/browser';
import {UI_CSS} from '../../../shared/ui/styles.js';
import {App} from '../../popup/app.js';
import {POPUP_CSS} from '../../popup/style.js';
import {readSettings, resolveLang, watchSettings, type Settings, type SettingsStorage} from '../../settings.js';
import {WORDS} from '../../words.js';

const host = document.getElementById('app') as HTMLElement;
const shadow = host.attachShadow({mode: 'open'});
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${UI_CSS}\n${POPUP_CSS}`);
shadow.adoptedStyleSheets = [sheet];
// `?tab=<id>` lets the tests show another tab's results; the toolbar popup reads the active tab.
const asked = Number(new URLSearchParams(location.search).get('tab'));
const tabId = asked > 0 ? Promise.resolve(asked) :
  browser.tabs.query({active: true, currentWindow: true}).then(([tab]) => tab?.id ?? -1); // no tab: a popup opened on its own
// The language chosen on the options page, else the browser's; a change made while the popup is open applies at once.
const storage = browser.storage as unknown as SettingsStorage;
const show = (chosen: Settings['lang']) => {
  const lang = resolveLang(chosen, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = WORDS[lang].popupTitle;
  render(<App lang={lang} tabId={tabId}/>, shadow);
};
void readSettings(storage.local, ['lang']).catch(() => ({lang: 'auto' as const})).then(({lang}) => show(lang));
watchSettings(storage, ['lang'], ({lang}) => lang && show(lang));
