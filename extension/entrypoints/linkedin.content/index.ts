import {browser} from 'wxt/browser';
import {defineContentScript} from 'wxt/utils/define-content-script';
import {annotatePage} from '../../linkedin/annotate-page.js';
import {send} from '../../protocol.js';
import {DEFAULT_SETTINGS, readSettings, watchSettings, type Settings, type SettingsStorage} from '../../settings.js';
import {toLang} from '../../words.js';
import {listCredentials} from './list-only.js';

/**
 * LinkedIn profiles and their certification details pages. The script finds entries and shows
 * results; the background verifies. Only URLs cross over (design.md rule 6).
 * With "annotate LinkedIn profiles" off (options page) the entries are only listed for the popup;
 * switching it on or off applies at once (the running mode is stopped, its annotations removed).
 * Test pages: test/fixtures/pages/linkedin-profile.html, linkedin-profile-sdui.html (and their
 * /details/certifications/ views), served as www.linkedin.com by test/extension/e2e.test.ts;
 * linkedin-public-profile.html (logged out), served as nl.linkedin.com.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'], // www. and public profiles on country subdomains (nl.linkedin.com/in/…)
  runAt: 'document_idle',
  main(ctx) {
    void send({type: 'page'}).catch(() => undefined);
    const storage = browser.storage as unknown as SettingsStorage;
    let settings: Pick<Settings, 'lang' | 'annotateLinkedIn'> = {lang: DEFAULT_SETTINGS.lang, annotateLinkedIn: DEFAULT_SETTINGS.annotateLinkedIn};
    let run: AbortController | null = null;
    const start = () => {
      run?.abort();
      const current = run = new AbortController();
      ctx.signal.addEventListener('abort', () => current.abort(), {once: true});
      const onNavigate = () => void send({type: 'page'}).catch(() => undefined);
      if(settings.annotateLinkedIn) {
        annotatePage(document, {signal: current.signal, onNavigate, verify: (url, lang) => send({type: 'verify', url, lang}),
          lang: () => settings.lang === 'auto' ? null : settings.lang}); // a chosen language wins over the page's
      } else {
        // Nothing is shown in the page, so the reports are worded for the popup: the chosen language, else the page's.
        const lang = () => settings.lang === 'auto' ? toLang(document.documentElement.lang) : settings.lang;
        listCredentials(document, {signal: current.signal, lang, onNavigate, verify: (url, pageLang) => send({type: 'verify', url, lang: pageLang})});
      }
    };
    const stop = watchSettings(storage, ['lang', 'annotateLinkedIn'], changed => {
      const restart = changed.annotateLinkedIn !== undefined && changed.annotateLinkedIn !== settings.annotateLinkedIn;
      settings = {...settings, ...changed};
      if(restart) {
        start();
      }
    });
    ctx.onInvalidated(stop);
    void readSettings(storage.local, ['lang', 'annotateLinkedIn']).catch(() => settings).then(stored => {
      settings = stored;
      start();
    });
  },
});
