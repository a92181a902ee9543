import {defineContentScript} from 'wxt/utils/define-content-script';
import {annotatePage} from '../../linkedin/annotate-page.js';
import {send} from '../../protocol.js';

/**
 * LinkedIn profiles and their certification details pages. The script finds entries and shows
 * results; the background verifies. Only URLs cross over (design.md rule 6).
 * Test pages: test/fixtures/pages/linkedin-profile.html, linkedin-profile-sdui.html (and their
 * /details/certifications/ views), served as www.linkedin.com by test/extension/e2e.test.ts;
 * linkedin-public-profile.html (logged out), served as nl.linkedin.com.
 */
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'], // www. and public profiles on country subdomains (nl.linkedin.com/in/…)
  runAt: 'document_idle',
  main(ctx) {
    void send({type: 'page'}).catch(() => undefined);
    annotatePage(document, {
      signal: ctx.signal,
      verify: (url, lang) => send({type: 'verify', url, lang}),
      onNavigate: () => void send({type: 'page'}).catch(() => undefined),
    });
  },
});
