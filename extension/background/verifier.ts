import {verify as verifyCore} from '../../shared/index.js';
import type {Lang, Report, TrustList, VerifyInput, VerifyOptions} from '../../shared/index.js';
import {fetchBakedImage} from '../cv/fetch-image.js';
import {isPrivateHost} from '../../shared/net/private-address.js';
import {toCredentialUrl} from '../linkedin/find.js';
import type {ReportCache} from './cache.js';
import {createLimiter} from './limit.js';

export interface VerifierOptions {
  cache: ReportCache;
  /** Default: the core's `verify`. Tests pass one with a fixture fetch. */
  verify?(input: VerifyInput, options: VerifyOptions): Promise<Report>;
  /** The bytes of a baked badge image, or null for any other image. Default: fetched by the background. */
  readImage?: (url: string) => Promise<Uint8Array | null>;
  concurrency?: number;
  /** The user's own trust lists (options page), used next to the built-in ones; read per verification. */
  trust?: () => Promise<TrustList[]>;
}

export interface Verifier {
  /** The report for a credential URL a page linked to; `null` when the URL may not be checked. */
  verifyUrl(url: string, lang: Lang): Promise<Report | null>;
  /** A URL or JSON the user pasted into the popup. */
  check(input: string, lang: Lang): Promise<Report>;
  /** An image the any-page scan found: the report of the credential baked into it, null if none. */
  verifyImage(url: string, lang: Lang): Promise<Report | null>;
  /** The trust lists changed: drop cached reports; checks still running are not cached. */
  invalidate(): Promise<void>;
}

/**
 * The background's verification service: one check per URL and language at a time (callers
 * asking for the same URL share it), at most `concurrency` at once, results cached.
 */
export function createVerifier({cache, verify = verifyCore, concurrency = 4, trust = async() => [], readImage = fetchBakedImage}: VerifierOptions): Verifier {
  const limit = createLimiter(concurrency);
  const inFlight = new Map<string, Promise<Report | null>>();
  /** Bumped when the trust lists change: a report begun before that is answered but not cached. */
  let generation = 0;
  /** The cache being emptied after such a change: no report is read from it until that is done. */
  let clearing = Promise.resolve();
  const fromCache = async(url: string, lang: Lang) => {
    await clearing;
    return cache.get(url, lang);
  };
  const run = (input: VerifyInput, lang: Lang, extra: VerifyOptions = {}) => limit(async() => {
    const lists = await trust();
    return verify(input, lists.length > 0 ? {...extra, lang, trust: lists} : {...extra, lang});
  });
  /** Verify, and cache the report under `url` unless the trust lists changed meanwhile. */
  const verifyAndKeep = async(url: string, lang: Lang, input: VerifyInput, extra: VerifyOptions = {}) => {
    const started = generation;
    const report = await run(input, lang, extra);
    if(started === generation) {
      await cache.set(url, lang, report);
    }
    return report;
  };
  /** One job per key at a time: callers asking for the same thing share the first one's. */
  const shared = async(key: string, make: () => Promise<Report | null>): Promise<Report | null> => {
    const pending = inFlight.get(key);
    if(pending) {
      return pending;
    }
    const job = make();
    inFlight.set(key, job);
    try {
      return await job;
    } finally {
      if(inFlight.get(key) === job) {
        inFlight.delete(key); // after an invalidation the key may already hold a newer job
      }
    }
  };
  /** Image URLs known to carry no credential (this worker's life): not fetched again. */
  const plainImages = new Set<string>();

  return {
    async verifyUrl(raw, lang) {
      // The page chose this URL: normalise and screen it again here, whatever the content script did.
      const url = toCredentialUrl(raw);
      if(url === null || url !== raw) {
        return null;
      }
      return shared(`${lang} ${url}`, async() => await fromCache(url, lang) ?? verifyAndKeep(url, lang, url));
    },
    check: (input, lang) => run(input.trim(), lang),
    async verifyImage(raw, lang) {
      const url = imageUrl(raw);
      if(url === null || plainImages.has(url)) {
        return null;
      }
      const cached = await fromCache(url, lang);
      if(cached) {
        return cached;
      }
      return shared(`${lang} image ${url}`, async() => {
        const bytes = await limit(() => readImage(url));
        if(!bytes) {
          if(plainImages.size < MAX_PLAIN_IMAGES) {
            plainImages.add(url);
          }
          return null;
        }
        return verifyAndKeep(url, lang, bytes, {inputName: url});
      });
    },
    async invalidate() {
      generation++;
      inFlight.clear();
      clearing = cache.clear().catch(() => undefined);
      await clearing;
    },
  };
}

const MAX_PLAIN_IMAGES = 1000;

/** An image URL a page sent: https, a public host, no user:password, no fragment, as sent. */
function imageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  url.hash = '';
  if(url.protocol !== 'https:' || isPrivateHost(url.hostname) || url.username || url.password || url.href !== raw) {
    return null;
  }
  return url.href;
}
