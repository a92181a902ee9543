import {isPrivateHost} from '../../shared/net/private-address.js';

/** At most this many images per page are fetched: a gallery of 500 thumbnails is not 500 requests. */
export const MAX_IMAGES = 20;
const MAX_SRC = 2048;

/** Words that mark an image as a badge or certificate (en, nl), in its alt/title/class/file name or its figure's class. */
const BADGE_WORDS = /badge|credential|certifica|certificaat|diploma|microcredential|open ?badge/i;
/** A QR code points somewhere else; it is not a baked image. */
const QR = /(^|[^a-z])qr([^a-z]|$)/i;

export interface ImageCandidate {
  url: string;
  element: HTMLImageElement;
}

/**
 * `<img>`s that may be baked Open Badges (surfaces.md §2.1 item 5, §2.2), in page order. Only the
 * image bytes can tell, and fetching costs a request, so the rule is narrow:
 *  - the file is a PNG or SVG by its path (`.png`, `.svg`), the two formats that can be baked;
 *  - and it looks like a badge: inside a link, or badge words in its alt, title, class or file
 *    name, or in the class of the figure around it; QR codes are left out;
 *  - the source is an https URL (the background fetches nothing else) to a public host. `data:`
 *    images are left out: their bytes are the page's own content, and content scripts send
 *    references, never content (design.md rule 6); a baked badge is a downloaded file re-hosted
 *    on the site, so it has a URL;
 *  - at most MAX_IMAGES distinct sources per page.
 */
export function bakedImageCandidates(root: ParentNode): ImageCandidate[] {
  const found: ImageCandidate[] = [];
  const seen = new Set<string>();
  for(const image of root.querySelectorAll('img[src]')) {
    const url = imageUrl(image as HTMLImageElement);
    if(!url || seen.has(url.href) || !/\.(png|svg)$/i.test(url.pathname) || !looksLikeBadge(image, url)) {
      continue;
    }
    seen.add(url.href);
    found.push({url: url.href, element: image as HTMLImageElement});
    if(found.length >= MAX_IMAGES) {
      break;
    }
  }
  return found;
}

function imageUrl(image: HTMLImageElement): URL | null {
  const src = image.getAttribute('src') ?? '';
  if(src.length > MAX_SRC) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(src, image.baseURI);
  } catch {
    return null;
  }
  if(url.protocol !== 'https:' || isPrivateHost(url.hostname) || url.username || url.password) {
    return null;
  }
  url.hash = '';
  return url;
}

function looksLikeBadge(image: Element, url: URL): boolean {
  const own = [image.getAttribute('alt'), image.getAttribute('title'), image.getAttribute('class')].join(' ');
  const figure = image.closest('figure')?.getAttribute('class') ?? '';
  if(QR.test(own) || QR.test(fileName(url))) {
    return false;
  }
  return image.closest('a[href]') !== null || BADGE_WORDS.test(`${own} ${figure} ${fileName(url)}`);
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray `%` in the name
  }
}
