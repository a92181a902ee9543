/**
 * Query parameters that identify the person who followed a link, or only track it.
 * They are dropped before a URL is fetched, stored or shown (design.md rule 6, contract §7).
 * `identity__email` is how LinkedIn passes the viewer's address to some badge platforms.
 */
const PERSONAL_PARAMS = new Set(['trk', 'lipi', 'licu', 'source', 'fbclid', 'gclid', 'identity__email']);

export function cleanUrl(url: URL): URL {
  const cleaned = new URL(url.href);
  const personal = [...cleaned.searchParams.keys()].filter(name => PERSONAL_PARAMS.has(name) || name.startsWith('utm_'));
  if(personal.length === 0) {
    return cleaned; // leave the query byte for byte as it was
  }
  for(const name of personal) {
    cleaned.searchParams.delete(name);
  }
  if(cleaned.search === '?') {
    cleaned.search = '';
  }
  return cleaned;
}
