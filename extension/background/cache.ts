import type {Lang, Report} from '../../shared/index.js';

/** The part of `browser.storage.*` the cache needs, so tests can hand it any area. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ReportCache {
  get(url: string, lang: Lang): Promise<Report | null>;
  set(url: string, lang: Lang, report: Report): Promise<void>;
  /** Forget every report (the user's trust lists changed, so every trust check may answer differently). */
  clear(): Promise<void>;
}

interface Entry {
  at: number;
  report: Report;
}

/** One hour: long enough for a recruiter's session, short enough that a revocation shows the same day. */
export const CACHE_TTL_MS = 60 * 60 * 1000;

/**
 * Reports per credential URL and language, kept in extension storage so they survive the
 * service worker being stopped, and dropped once older than `ttlMs`.
 */
export function createReportCache(area: StorageArea, {ttlMs = CACHE_TTL_MS, now = Date.now}: {ttlMs?: number; now?: () => number} = {}): ReportCache {
  const key = (url: string, lang: Lang) => `report:${lang}:${url}`;
  return {
    async get(url, lang) {
      const stored = (await area.get(key(url, lang)))[key(url, lang)] as Entry | undefined;
      if(!stored) {
        return null;
      }
      if(now() - stored.at > ttlMs || now() < stored.at) {
        await area.remove(key(url, lang));
        return null;
      }
      return stored.report;
    },
    async set(url, lang, report) {
      await area.set({[key(url, lang)]: {at: now(), report} satisfies Entry});
    },
    async clear() {
      const reports = Object.keys(await area.get(null)).filter(stored => stored.startsWith('report:'));
      if(reports.length > 0) {
        await area.remove(reports);
      }
    },
  };
}
