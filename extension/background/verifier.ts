import {verify as verifyCore} from '../../shared/index.js';
import type {Lang, Report, TrustList, VerifyOptions} from '../../shared/index.js';
import {toCredentialUrl} from '../linkedin/find.js';
import type {ReportCache} from './cache.js';
import {createLimiter} from './limit.js';

export interface VerifierOptions {
  cache: ReportCache;
  /** Default: the core's `verify`. Tests pass one with a fixture fetch. */
  verify?: (input: string, options: VerifyOptions) => Promise<Report>;
  concurrency?: number;
  /** The user's own trust lists (options page), used next to the built-in ones; read per verification. */
  trust?: () => Promise<TrustList[]>;
}

export interface Verifier {
  /** The report for a credential URL a page linked to; `null` when the URL may not be checked. */
  verifyUrl(url: string, lang: Lang): Promise<Report | null>;
  /** A URL or JSON the user pasted into the popup. */
  check(input: string, lang: Lang): Promise<Report>;
  /** The trust lists changed: drop cached reports; checks still running are not cached. */
  invalidate(): Promise<void>;
}

/**
 * The background's verification service: one check per URL and language at a time (callers
 * asking for the same URL share it), at most `concurrency` at once, results cached.
 */
export function createVerifier({cache, verify = verifyCore, concurrency = 4, trust = async() => []}: VerifierOptions): Verifier {
  const limit = createLimiter(concurrency);
  const inFlight = new Map<string, Promise<Report>>();
  /** Bumped when the trust lists change: a report begun before that is answered but not cached. */
  let generation = 0;
  const run = (input: string, lang: Lang) => limit(async() => {
    const lists = await trust();
    return verify(input, lists.length > 0 ? {lang, trust: lists} : {lang});
  });

  return {
    async verifyUrl(raw, lang) {
      // The page chose this URL: normalise and screen it again here, whatever the content script did.
      const url = toCredentialUrl(raw);
      if(url === null || url !== raw) {
        return null;
      }
      const key = `${lang} ${url}`;
      const pending = inFlight.get(key);
      if(pending) {
        return pending;
      }
      const job = (async() => {
        const cached = await cache.get(url, lang);
        if(cached) {
          return cached;
        }
        const started = generation;
        const report = await run(url, lang);
        if(started === generation) {
          await cache.set(url, lang, report);
        }
        return report;
      })();
      inFlight.set(key, job);
      try {
        return await job;
      } finally {
        if(inFlight.get(key) === job) {
          inFlight.delete(key); // after an invalidation the key may already hold a newer job
        }
      }
    },
    check: (input, lang) => run(input.trim(), lang),
    async invalidate() {
      generation++;
      inFlight.clear();
      await cache.clear();
    },
  };
}
