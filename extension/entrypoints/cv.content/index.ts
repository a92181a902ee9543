import {defineContentScript} from 'wxt/utils/define-content-script';
import {annotateCv} from '../../cv/annotate-cv.js';
import {send} from '../../protocol.js';

/**
 * Injected on demand only (the popup's "check this page", through activeTab): never declared in
 * the manifest, so it runs on no site by itself. Test page: test/fixtures/pages/cv-personal-site.html.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return annotateCv(document, (url, lang) => send({type: 'verify', url, lang}));
  },
});
