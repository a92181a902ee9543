import type {Lang, TrustList} from '../shared/index.js';
import {isPrivateHost} from '../shared/net/private-address.js';
import type {StorageArea} from './background/cache.js';
import {toLang} from './words.js';

/**
 * The user's settings, in `browser.storage.local` (they outlive the browser session; nothing is
 * synced to an account). Plain storage rather than WXT's `storage.defineItem`: every part that
 * reads them (background, content scripts, popup, options page) takes its storage as a parameter,
 * so the unit tests hand in WXT's fake browser without the WXT Vitest plugin.
 *
 * One key per setting, so a content script reads the two small ones without loading the trust
 * lists, and the background hears "trust lists changed" apart from "language changed".
 */
export interface Settings {
  /** `auto`: the browser's UI language (`i18n.getUILanguage()`), Dutch for `nl*`, else English. */
  lang: 'auto' | Lang;
  /** Off: LinkedIn entries are still found and checked (the popup lists them), but nothing is inserted into the page. */
  annotateLinkedIn: boolean;
  /** Lists the user added, used next to the built-in ones (contract §6 shape, checked on the way in). */
  trustLists: AddedTrustList[];
  /** Origins (`https://host[:port]`) checked automatically, each with its host permission granted. */
  allowedSites: string[];
}

export interface AddedTrustList {
  source: 'url' | 'file';
  /** The https URL it was fetched from (source `url`). */
  url?: string;
  /** For a file: its file name; for a URL: the list's own name. Shown as text only. */
  name: string;
  publisher: string;
  /** ISO 8601 instant the user added it. */
  addedAt: string;
  list: TrustList;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {lang: 'auto', annotateLinkedIn: true, trustLists: [], allowedSites: []};

export const SETTINGS_KEYS = {
  lang: 'settings.lang',
  annotateLinkedIn: 'settings.annotateLinkedIn',
  trustLists: 'settings.trustLists',
  allowedSites: 'settings.allowedSites',
} as const satisfies Record<keyof Settings, string>;

type Key = keyof Settings;
const ALL_KEYS = Object.keys(SETTINGS_KEYS) as Key[];

/** At most this many sites and lists: more is a mistake or an attack on storage, not a use. */
export const MAX_ALLOWED_SITES = 100;
export const MAX_TRUST_LISTS = 10;

/** `browser.storage.onChanged`: every area's changes, with the area's name. */
export interface StorageChanged {
  addListener(listener: (changes: Record<string, {oldValue?: unknown; newValue?: unknown}>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, {oldValue?: unknown; newValue?: unknown}>, area: string) => void): void;
}

export interface SettingsStorage {
  local: StorageArea;
  onChanged: StorageChanged;
}

/**
 * Stored values are read as untrusted: anything malformed falls back to the default, so a bad
 * value can never switch annotation off or add a trust list by accident.
 */
const READERS: {[K in Key]: (value: unknown) => Settings[K] | undefined} = {
  lang: value => value === 'auto' || value === 'en' || value === 'nl' ? value : undefined,
  annotateLinkedIn: value => typeof value === 'boolean' ? value : undefined,
  trustLists: value => Array.isArray(value) ? value.filter(isAddedTrustList).slice(0, MAX_TRUST_LISTS) : undefined,
  allowedSites: value => Array.isArray(value) ?
    value.filter((site): site is string => typeof site === 'string' && toSiteOrigin(site) === site).slice(0, MAX_ALLOWED_SITES) : undefined,
};

function read<K extends Key>(key: K, value: unknown): Settings[K] {
  return READERS[key](value) ?? structuredClone(DEFAULT_SETTINGS[key]);
}

/** The settings asked for (default: all of them), defaults filled in. */
export async function readSettings<K extends Key = Key>(area: StorageArea, keys: readonly K[] = ALL_KEYS as K[]): Promise<Pick<Settings, K>> {
  const stored = await area.get(keys.map(key => SETTINGS_KEYS[key]));
  return Object.fromEntries(keys.map(key => [key, read(key, stored[SETTINGS_KEYS[key]])])) as Pick<Settings, K>;
}

/** Store some settings; a value that would not read back as itself is refused. */
export async function writeSettings(area: StorageArea, patch: Partial<Settings>): Promise<void> {
  const items: Record<string, unknown> = {};
  for(const key of Object.keys(patch) as Key[]) {
    const value = patch[key];
    if(!(key in SETTINGS_KEYS) || JSON.stringify(READERS[key](value)) !== JSON.stringify(value)) {
      throw new TypeError(`invalid setting ${String(key)}`);
    }
    items[SETTINGS_KEYS[key]] = value;
  }
  await area.set(items);
}

/**
 * Calls `listener` with the new values of the watched settings whenever one of them changes in
 * local storage (from the options page, another window, or a sync of the extension's state).
 * Returns the function that stops watching.
 */
export function watchSettings<K extends Key>(storage: SettingsStorage, keys: readonly K[], listener: (changed: Partial<Pick<Settings, K>>) => void): () => void {
  const onChanged = (changes: Record<string, {newValue?: unknown}>, area: string) => {
    if(area !== 'local') {
      return;
    }
    const changed = keys.filter(key => SETTINGS_KEYS[key] in changes);
    if(changed.length > 0) {
      listener(Object.fromEntries(changed.map(key => [key, read(key, changes[SETTINGS_KEYS[key]].newValue)])) as Partial<Pick<Settings, K>>);
    }
  };
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}

/** The language to show: the setting, or with `auto` the browser's UI language. */
export const resolveLang = (setting: Settings['lang'], uiLanguage: string | null | undefined): Lang =>
  setting === 'auto' ? toLang(uiLanguage) : setting;

/**
 * A site the user typed (`example.org`, `https://example.org/cv`, …) as the origin we ask host
 * permission for, or null: https only (plain http pages are not checked automatically), no user
 * name or password, never a loopback or private address (design.md rule 4).
 */
export function toSiteOrigin(input: string): string | null {
  const text = input.trim();
  if(text.length === 0 || text.length > 2048) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if(url.protocol !== 'https:' || url.username || url.password || isPrivateHost(url.hostname)) {
    return null;
  }
  return url.origin;
}

/** The match pattern for one origin: its pages and requests, on that host only (no subdomains). */
export const originPattern = (origin: string): string => `${origin.replace(/:\d+$/, '')}/*`;

function isAddedTrustList(value: unknown): value is AddedTrustList {
  if(typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Partial<AddedTrustList>;
  return (entry.source === 'url' || entry.source === 'file') && typeof entry.name === 'string' && typeof entry.publisher === 'string' &&
    typeof entry.addedAt === 'string' && (entry.url === undefined || typeof entry.url === 'string') &&
    typeof entry.list === 'object' && entry.list !== null && typeof entry.list.name === 'string' && Array.isArray(entry.list.records);
}
