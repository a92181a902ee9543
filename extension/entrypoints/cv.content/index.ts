import {browser} from 'wxt/browser';
import {defineContentScript} from 'wxt/utils/define-content-script';
import {annotateCv} from '../../cv/annotate-cv.js';
import {send} from '../../protocol.js';
import {readSettings} from '../../settings.js';

/**
 * Injected on demand only (the popup's "check this page", through activeTab): never declared in
 * the manifest, so it runs on no site by itself. It sends the background references only: credential
 * URLs and image URLs, never the page's text. The annotations speak the language chosen on the
 * options page, or the page's own. Test page: test/fixtures/pages/cv-personal-site.html.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main() {
    const {lang} = await readSettings(browser.storage.local, ['lang']).catch(() => ({lang: 'auto' as const}));
    return annotateCv(document, {
      verify: (url, lang) => send({type: 'verify', url, lang}),
      verifyImage: (src, lang) => send({type: 'verify-image', src, lang}),
    }, lang === 'auto' ? null : lang);
  },
});
