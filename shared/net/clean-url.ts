/**
 * Query parameters that identify the person who followed a link, or only track it.
 * They are dropped before a URL is fetched, stored or shown (design.md rule 6, contract §7).
 * `identity__email` is how LinkedIn passes the viewer's address to some badge platforms.
 */
const PERSONAL_PARAMS = new Set(['trk', 'lipi', 'licu', 'source', 'fbclid', 'gclid', 'identity__email']);

export function cleanUrl(url: URL): URL {
  const cleaned = new URL(url.href);
  if(cleaned.search === '') {
    return cleaned;
  }
  // Work on the raw `name=value` pieces, so the parameters we keep reach the server byte for byte
  // as written (URLSearchParams would re-encode all of them: `%20` → `+`, `a/b` → `a%2Fb`, `flag` → `flag=`).
  const pieces = cleaned.search.slice(1).split('&');
  const kept = pieces.filter(piece => !isPersonal(piece));
  if(kept.length !== pieces.length) {
    cleaned.search = kept.join('&'); // an empty string also removes the `?`
  }
  return cleaned;
}

function isPersonal(piece: string): boolean {
  const name = [...new URLSearchParams(piece).keys()][0]; // decoded as a server would decode it
  return name !== undefined && (PERSONAL_PARAMS.has(name) || name.startsWith('utm_'));
}
