import {defineContentScript} from 'wxt/utils/define-content-script';
import {annotateCv} from '../../cv/annotate-cv.js';
import {send} from '../../protocol.js';

/**
 * Injected on demand only (the popup's "check this page", through activeTab): never declared in
 * the manifest, so it runs on no site by itself. It sends the background references only: credential
 * URLs and image URLs, never the page's text. Test page: test/fixtures/pages/cv-personal-site.html.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return annotateCv(document, {
      verify: (url, lang) => send({type: 'verify', url, lang}),
      verifyImage: (src, lang) => send({type: 'verify-image', src, lang}),
    });
  },
});
