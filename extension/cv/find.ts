import {recognise} from '../../shared/platforms/recognise.js';
import {toCredentialUrl} from '../linkedin/find.js';

/** A credential a CV page points to: its URL and the element to annotate (none for JSON-LD only). */
export interface CvCandidate {
  url: string;
  element: Element | null;
}

/**
 * The credentials on any page (a CV, a personal site), for the on-demand check: links the
 * platform recognisers know, Credly embeds, and schema.org `hasCredential` in JSON-LD
 * (surfaces.md §2.1). One candidate per credential (a link and an embed of the same badge are one);
 * links to unknown hosts are left out, since only the user's click may send those anywhere.
 */
export function findCvCredentials(root: ParentNode): CvCandidate[] {
  const found = new Map<string, CvCandidate>();
  const add = (href: string, element: Element | null) => {
    const url = toCredentialUrl(href);
    const recognised = url ? recognise(url) : null;
    const key = recognised ? `${recognised.platform} ${recognised.id}` : null;
    if(url && key && !found.has(key)) {
      found.set(key, {url, element});
    }
  };
  for(const link of root.querySelectorAll('a[href]')) {
    add(link.getAttribute('href') ?? '', link);
  }
  for(const embed of root.querySelectorAll('[data-share-badge-id]')) {
    add(`https://www.credly.com/badges/${embed.getAttribute('data-share-badge-id') ?? ''}`, embed);
  }
  for(const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    for(const url of credentialUrls(script.textContent ?? '')) {
      add(url, null);
    }
  }
  return [...found.values()];
}

/** `hasCredential` URLs anywhere in a JSON-LD block (a string, or an object's `url` / `@id` / `sameAs`). */
function credentialUrls(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const urls: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if(depth > 8 || typeof node !== 'object' || node === null) {
      return;
    }
    if(Array.isArray(node)) {
      node.forEach(item => visit(item, depth + 1));
      return;
    }
    const record = node as Record<string, unknown>;
    for(const credential of [record.hasCredential].flat()) {
      if(typeof credential === 'string') {
        urls.push(credential);
      } else if(credential && typeof credential === 'object') {
        const {url, '@id': id, sameAs} = credential as Record<string, unknown>;
        urls.push(...[url, id, sameAs].flat().filter((value): value is string => typeof value === 'string'));
      }
    }
    Object.values(record).forEach(value => visit(value, depth + 1));
  };
  visit(data, 0);
  return urls;
}
