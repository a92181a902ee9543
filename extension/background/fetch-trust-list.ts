import {createNet} from '../../shared/net/fetcher.js';
import {isNetError, type NetErrorCode} from '../../shared/net/net-error.js';
import {MAX_TRUST_LIST_BYTES} from '../options/trust-list.js';

export type TrustListDownload =
  | {ok: true; url: string; text: string}
  | {ok: false; problem: Exclude<NetErrorCode, 'offline'>};

/**
 * Download a trust list the user named on the options page, through the core's network layer:
 * https only, never a private or loopback address (before any request, and on every redirect),
 * 5 s and 1 MiB at most. The options page checks what comes back (options/trust-list.ts).
 */
export async function downloadTrustList(url: string, fetchImpl?: typeof fetch): Promise<TrustListDownload> {
  const net = createNet({fetch: fetchImpl, maxBytes: MAX_TRUST_LIST_BYTES});
  try {
    const fetched = await net.get(url, 'application/json, */*;q=0.1');
    return {ok: true, url: fetched.url, text: new TextDecoder().decode(fetched.bytes)};
  } catch(error) {
    const code = isNetError(error) ? error.code : 'network_error';
    return {ok: false, problem: code === 'offline' ? 'network_error' : code};
  }
}
