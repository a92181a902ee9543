import {fixtureJson} from '../helpers/fixture-fetch.js';

/**
 * The hostile credential corpus of the rendering-safety suites (design.md rule 5), shared by the
 * widget's (test/widget/safety.test.ts) and the extension's (test/extension/e2e-hostile.test.ts):
 * strings and URLs a credential may carry that would do something if they were ever treated as
 * markup, as a link or as an image. Each sets `window.__pwned` or asks for a host no test serves.
 */

/** Script tags and an event handler, in a name. */
export const PAYLOAD = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';

/** CSS that would hide the page and fetch a stylesheet from elsewhere, if it were markup. */
export const CSS_INJECTION = '</style><style>*{display:none!important}</style><link rel="stylesheet" href="https://attacker.example/x.css">';

/** A right-to-left override: stored "Hogeschool \u202Eevil.exe\u202C", shown reversed in part. Kept as it is, never "fixed". */
export const BIDI = 'Hogeschool \u202Eexe.live\u202C';

/** Zero-width space, joiner and no-break space inside a name: invisible, kept. */
export const ZERO_WIDTH = 'Hoge\u200Bschool\u200D Delta\uFEFF Noord';

/** A Cyrillic "о" twice: looks like "Hogeschool Delta Noord", is not. */
export const LOOKALIKE = 'Hogeschооl Delta Noord';

/** URLs that would run script or show a page of the credential's choosing if they were followed. */
export const SCRIPT_URL = 'javascript:window.__pwned=3';
export const HTML_DATA_URL = 'data:text/html,<script>window.__pwned=7</script>';

/** A credential whose every displayed string and URL tries to run script (design.md rule 5). */
export function hostileCredential(): Record<string, unknown> {
  const credential = fixtureJson('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json');
  const subject = credential.credentialSubject as {achievement: Record<string, unknown>};
  subject.achievement.name = `Course ${PAYLOAD}`;
  subject.achievement.description = `About ${PAYLOAD} ${CSS_INJECTION}`;
  subject.achievement.image = {id: SCRIPT_URL, type: 'Image'};
  subject.achievement.criteria = {id: 'javascript:window.__pwned=4', narrative: PAYLOAD};
  credential.issuer = {id: 'javascript:window.__pwned=5', type: ['Profile'], name: `Issuer ${PAYLOAD} ${BIDI} ${ZERO_WIDTH}`,
    url: 'javascript:window.__pwned=6', image: HTML_DATA_URL};
  credential.name = `Name ${PAYLOAD}`;
  return credential;
}
