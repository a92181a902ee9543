import {render} from 'preact';
import {browser} from 'wxt/browser';
import {UI_CSS} from '../../../shared/ui/styles.js';
import {App} from '../../popup/app.js';
import {POPUP_CSS} from '../../popup/style.js';
import {toLang} from '../../words.js';

const host = document.getElementById('app') as HTMLElement;
const shadow = host.attachShadow({mode: 'open'});
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${UI_CSS}\n${POPUP_CSS}`);
shadow.adoptedStyleSheets = [sheet];
const lang = toLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
// `?tab=<id>` lets the tests show another tab's results; the toolbar popup reads the active tab.
const asked = Number(new URLSearchParams(location.search).get('tab'));
const tabId = asked > 0 ? Promise.resolve(asked) :
  browser.tabs.query({active: true, currentWindow: true}).then(([tab]) => tab?.id ?? -1); // no tab: a popup opened on its own
render(<App lang={lang} tabId={tabId}/>, shadow);
