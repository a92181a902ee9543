import type {Lang, Report} from '../../shared/index.js';
import {createAnnotation} from '../linkedin/annotation.js';
import {toLang} from '../words.js';
import {findCvCredentials} from './find.js';

/** Elements already annotated in this page, across repeated clicks on "check this page". */
const done = new WeakSet<Element>();

/**
 * The on-demand check of any page: each credential link or embed gets the same annotation as on
 * LinkedIn, right after it. Returns how many credentials the page points to (JSON-LD ones included).
 */
export function annotateCv(document: Document, verify: (url: string, lang: Lang) => Promise<Report | null>): number {
  const lang = toLang(document.documentElement.lang);
  const candidates = findCvCredentials(document);
  for(const {url, element} of candidates) {
    if(element && done.has(element)) {
      continue;
    }
    const annotation = element ? createAnnotation(document, url, lang) : null;
    if(element && annotation) {
      done.add(element);
      element.after(annotation.element);
    }
    void verify(url, lang).catch(() => null).then(report => annotation?.show(report));
  }
  return candidates.length;
}
