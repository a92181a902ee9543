import type {Lang, Report} from '../../shared/index.js';
import {createAnnotation} from '../linkedin/annotation.js';
import {toLang} from '../words.js';
import {findCvCredentials} from './find.js';

/**
 * Elements already annotated (or being checked) in this page, across repeated clicks on "check
 * this page". Each click injects the script anew, so module state would start empty every time;
 * the content scripts' isolated world keeps its globals for the page's life, and the page cannot see them.
 */
const DONE = Symbol.for('microcredential-verifier.cv-done');
const scope = globalThis as typeof globalThis & {[DONE]?: WeakSet<Element>};
const done = scope[DONE] ??= new WeakSet<Element>();

export interface CvChecks {
  /** Verify a credential URL (a link, an embed, a JSON-LD entry). */
  verify(url: string, lang: Lang): Promise<Report | null>;
  /** The report of a credential baked into the image at this URL; null when it carries none. */
  verifyImage(src: string, lang: Lang): Promise<Report | null>;
}

/**
 * The on-demand check of any page: each credential link or embed gets the same annotation as on
 * LinkedIn, right after it, pending at once. Images that may be baked badges are sent to the
 * background as URLs, and annotated only if one turns out to carry a credential, so an ordinary
 * picture never gets a mark. Returns how many credential links, embeds and JSON-LD entries the
 * page points to (images are counted once they prove to be credentials, by the annotations).
 * `chosen` is the language set on the options page; null follows the page's own.
 */
export function annotateCv(document: Document, checks: CvChecks, chosen: Lang | null = null): number {
  const lang = chosen ?? toLang(document.documentElement.lang);
  const candidates = findCvCredentials(document);
  for(const {kind, url, element} of candidates) {
    if(element && done.has(element)) {
      continue;
    }
    if(element) {
      done.add(element);
    }
    if(kind === 'image') {
      void checks.verifyImage(url, lang).catch(() => null).then(report => {
        if(report && element?.isConnected) {
          const annotation = createAnnotation(document, url, lang);
          element.after(annotation.element);
          annotation.show(report);
        }
      });
      continue;
    }
    const annotation = element ? createAnnotation(document, url, lang) : null;
    if(element && annotation) {
      element.after(annotation.element);
    }
    void checks.verify(url, lang).catch(() => null).then(report => annotation?.show(report));
  }
  return candidates.filter(candidate => candidate.kind === 'link').length;
}
