import {recognise, type Recognised} from '../../shared/platforms/recognise.js';
import {toCredentialUrl} from '../linkedin/find.js';
import {bakedImageCandidates} from './images.js';
import {hasCredentialUrls} from './json-ld.js';

/**
 * Something a CV page points to: a credential URL (`kind: 'link'`), or the URL of an image that
 * may carry a baked credential (`kind: 'image'`; only its bytes can tell), with the element to
 * annotate (none for JSON-LD).
 */
export interface CvCandidate {
  kind: 'link' | 'image';
  url: string;
  element: Element | null;
}

/** Badgr's embed iframe and its assertion-image URLs: `/public/assertions/<id>` plus a suffix (surfaces.md §2.1 items 3–4). */
const ASSERTION_SUFFIX = /^(\/public\/assertions\/[A-Za-z0-9_-]{22})\/(?:image|embed)\/?$/;

/**
 * The credentials on any page (a CV, a personal site), for the on-demand check (surfaces.md §2.1):
 * links the platform recognisers know; Credly embeds (the div, whether or not its script has
 * swapped in the iframe); Badgr embed iframes and assertion-image `<img>`s; schema.org
 * `hasCredential` in JSON-LD; and images that may be baked badges. One candidate per credential
 * (a link, an embed and a JSON-LD entry of the same badge are one, by platform and id); links to
 * unknown hosts are left out, since only the user's click may send those anywhere. Pure: reads
 * the DOM, changes nothing, runs no page script.
 */
export function findCvCredentials(root: ParentNode): CvCandidate[] {
  const found = new Map<string, CvCandidate>();
  const add = (href: string, element: Element | null): boolean => {
    const ref = credentialRef(href);
    if(!ref) {
      return false;
    }
    if(!found.has(ref.key)) {
      // An embed's or image's own URL is not the credential's: ask for the assertion itself.
      found.set(ref.key, {kind: 'link', url: element?.tagName === 'A' || !element ? ref.url : canonical(ref.url, ref.recognised), element});
    }
    return true;
  };
  for(const link of root.querySelectorAll('a[href]')) {
    add(link.getAttribute('href') ?? '', link);
  }
  for(const embed of root.querySelectorAll('[data-share-badge-id]')) {
    add(`https://www.credly.com/badges/${embed.getAttribute('data-share-badge-id') ?? ''}`, embed);
  }
  // Badgr's embed iframe, and an assertion's image shown as <img> (its URL names the assertion).
  for(const frame of root.querySelectorAll('iframe[src], img[src*="/public/assertions/"]')) {
    add(withoutSuffix(frame.getAttribute('src') ?? ''), frame);
  }
  for(const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    for(const url of hasCredentialUrls(script.textContent ?? '')) {
      add(url, null);
    }
  }
  const images = new Set<string>();
  for(const {url, element} of bakedImageCandidates(root)) {
    if(!add(url, element) && !images.has(url)) { // a PNG named like a credential page is that credential
      images.add(url);
      found.set(`image ${url}`, {kind: 'image', url, element});
    }
  }
  return [...found.values()];
}

/**
 * A link as a credential reference: its URL (LinkedIn's redirect unwrapped, personal parameters
 * dropped) and a key that is the same for every URL of one credential (platform and id). Null for
 * links the platform recognisers do not know, LinkedIn's own pages and private addresses.
 */
export function credentialRef(href: string): {url: string; key: string; recognised: Recognised} | null {
  const url = toCredentialUrl(href);
  const recognised = url ? recognise(url) : null;
  return url && recognised ? {url, key: `${recognised.platform} ${recognised.id}`, recognised} : null;
}

function withoutSuffix(href: string): string {
  try {
    const url = new URL(href, 'https://invalid.invalid/');
    url.pathname = url.pathname.replace(ASSERTION_SUFFIX, '$1');
    return url.href;
  } catch {
    return href;
  }
}

/** The public assertion URL for an embed: Credly's badge page, other platforms' assertion id. */
function canonical(url: string, recognised: Recognised): string {
  if(recognised.kind !== 'ob2-hosted' || recognised.platform === 'credly') {
    return url;
  }
  return recognised.assertionId;
}
