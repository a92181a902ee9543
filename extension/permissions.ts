import {isPrivateHost} from '../shared/net/private-address.js';
import {recognise} from '../shared/platforms/recognise.js';

/** The part of `browser.permissions` the extension uses (tests hand in stubs). */
export interface PermissionsApi {
  request(permissions: {origins: string[]}): Promise<boolean>;
  contains(permissions: {origins: string[]}): Promise<boolean>;
  remove(permissions: {origins: string[]}): Promise<boolean>;
}

/**
 * What came of asking for a host: `granted` (now or before), `refused` (by the user, or the
 * browser would not ask), `not-asked` (not an https URL on a public host: the core refuses to
 * fetch it whatever we hold, so the user is never asked about a private address).
 */
export type HostAccess = 'granted' | 'refused' | 'not-asked';

/**
 * The host a credential (or trust list) URL is read from, as the match pattern we may ask for:
 * `https://host/*`. A platform page is read from the platform's API (www.credly.com → api.credly.com,
 * already in host_permissions); a platform that publishes nothing verifiable is not read at all.
 * Only hosts under `optional_host_permissions` (any https host) can be asked for, and only at a click.
 */
export function hostPatternOf(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if(url.protocol !== 'https:' || url.username || url.password || isPrivateHost(url.hostname)) {
    return null;
  }
  const recognised = recognise(url.href);
  if(recognised?.kind === 'not-verifiable') {
    return null;
  }
  return `https://${recognised ? new URL(recognised.jsonUrl).hostname : url.hostname}/*`;
}

/**
 * Ask for access to the host of `url` at the user's click, so the background can read it without
 * that host's CORS consent (a credential API that sends no CORS headers). Must be called straight
 * from the click handler, before anything is awaited: browsers (Firefox strictly) accept
 * `permissions.request` only while handling the user's gesture. The browser answers at once,
 * without a prompt, when access is already held.
 */
export function requestHostAccess(permissions: PermissionsApi, url: string): Promise<HostAccess> {
  const pattern = hostPatternOf(url);
  if(!pattern) {
    return Promise.resolve('not-asked');
  }
  let asked: Promise<boolean>;
  try {
    asked = permissions.request({origins: [pattern]});
  } catch {
    return Promise.resolve('refused');
  }
  return asked.then(granted => granted ? 'granted' : 'refused', () => 'refused');
}
