import {cleanUrl} from '../../shared/net/clean-url.js';
import {isPrivateHost} from '../../shared/net/private-address.js';
import {unwrapRedirect} from '../../shared/platforms/recognise.js';
import {certificationsAnchor, detailsItem, entryLink, profileEntity, publicEntry, publicSection, sduiCard, sduiLockup} from './selectors.js';

/** A certification entry that links to a credential: the URL to check and the element to annotate. */
export interface CredentialEntry {
  /** As the page links it, after unwrapping LinkedIn's redirect and dropping personal parameters (contract §7). */
  url: string;
  /** The entry's list item (L1, G) or block (L2); the annotation goes inside it. */
  host: Element;
}

const all = (root: ParentNode, selectors: readonly string[]): Element[] => [...root.querySelectorAll(selectors.join(', '))];

/**
 * The certification entries under `root` that link to a credential, in page order. Pure: reads
 * the DOM, changes nothing. Entries without a link, and links to LinkedIn's own pages or to
 * private addresses, are left out.
 */
export function findCredentialLinks(root: ParentNode): CredentialEntry[] {
  const found: CredentialEntry[] = [];
  for(const host of new Set(findEntries(root))) {
    const url = credentialUrl(host);
    if(url) {
      found.push({url, host});
    }
  }
  return found;
}

function findEntries(root: ParentNode): Element[] {
  const entries: Element[] = [];
  for(const anchor of all(root, certificationsAnchor)) {
    const card = anchor.closest('section') ?? anchor.parentElement;
    for(const entity of card ? all(card, profileEntity) : []) {
      entries.push(entity.closest('li') ?? entity);
    }
  }
  entries.push(...all(root, detailsItem));
  for(const card of all(root, sduiCard)) {
    for(const lockup of all(card, sduiLockup)) {
      if(lockup.parentElement) {
        entries.push(lockup.parentElement);
      }
    }
  }
  for(const section of all(root, publicSection)) {
    entries.push(...all(section, publicEntry));
  }
  return entries;
}

function credentialUrl(entry: Element): string | null {
  for(const link of all(entry, entryLink)) {
    const url = toCredentialUrl(link.getAttribute('href') ?? '');
    if(url) {
      return url;
    }
  }
  return null;
}

/**
 * An outgoing link as the credential URL: LinkedIn's `safety/go` unwrapped, tracking and
 * personal parameters dropped; null for LinkedIn's own pages (profile, company, skills), for
 * anything but http(s), and for loopback/private hosts (never sent for verification).
 */
export function toCredentialUrl(href: string): string | null {
  let url: URL;
  try {
    url = cleanUrl(unwrapRedirect(new URL(href, 'https://www.linkedin.com/')));
  } catch {
    return null;
  }
  if(!/^https?:$/.test(url.protocol) || isPrivateHost(url.hostname)) {
    return null;
  }
  const linkedIn = /(?:^|\.)linkedin\.com$/.test(url.hostname);
  if(linkedIn && !url.pathname.startsWith('/learning/certificates/')) {
    return null;
  }
  return url.href;
}
