import {unbake} from '../../shared/images/unbake.js';
import {readInput} from '../../shared/input/read-input.js';
import {createNet} from '../../shared/net/fetcher.js';

/** A baked badge is a small picture; 2 MiB leaves room for large PNGs and stops a photo gallery. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const TIMEOUT_MS = 8000;
const IMAGE_ACCEPT = 'image/png, image/svg+xml;q=0.9, */*;q=0.1';

/**
 * The bytes of an image a page showed, if it is a baked Open Badge (surfaces.md §2.2); null when
 * it is not, or cannot be fetched. Fetched by the background (the page's `<img>` is cross-origin)
 * through the core's network layer: https only, no private addresses, every redirect hop
 * checked, a time limit and a size cap; no cookies, no referrer.
 */
export async function fetchBakedImage(url: string, fetchImpl?: typeof fetch): Promise<Uint8Array | null> {
  let bytes: Uint8Array;
  try {
    bytes = (await createNet({fetch: fetchImpl, maxBytes: MAX_IMAGE_BYTES, timeoutMs: TIMEOUT_MS}).get(url, IMAGE_ACCEPT)).bytes;
  } catch {
    return null;
  }
  const input = readInput(bytes);
  if(input.kind !== 'image') {
    return null; // an HTML error page, a JPEG, …
  }
  try {
    return await unbake(input.mediaType, input.bytes) === null ? null : input.bytes;
  } catch {
    return null; // a broken image is not a credential we could report on
  }
}
