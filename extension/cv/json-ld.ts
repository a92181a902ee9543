/**
 * A JSON-LD block larger than this is not read: a person's profile with its credentials is a few
 * kilobytes; the cap bounds the parse on a hostile page.
 */
export const MAX_JSON_LD_CHARS = 256 * 1024;
const MAX_DEPTH = 8;
const MAX_URLS = 50;

/**
 * The URLs of schema.org `hasCredential` entries anywhere in one JSON-LD block (surfaces.md §2.1
 * item 6): a string, or an EducationalOccupationalCredential's `url`, `@id` or `sameAs`. The text
 * is parsed as data (JSON.parse), never run; a block that is too large or not JSON gives nothing.
 * What the entries claim (name, issuer) is not read: only the URL is checked, by the background.
 */
export function hasCredentialUrls(text: string): string[] {
  if(text.length > MAX_JSON_LD_CHARS) {
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const urls: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if(depth > MAX_DEPTH || typeof node !== 'object' || node === null || urls.length >= MAX_URLS) {
      return;
    }
    if(Array.isArray(node)) {
      node.forEach(item => visit(item, depth + 1));
      return;
    }
    const record = node as Record<string, unknown>;
    for(const credential of [record.hasCredential].flat()) {
      if(typeof credential === 'string') {
        urls.push(credential);
      } else if(credential && typeof credential === 'object') {
        const {url, '@id': id, sameAs} = credential as Record<string, unknown>;
        urls.push(...[url, id, sameAs].flat().filter((value): value is string => typeof value === 'string'));
      }
    }
    Object.values(record).forEach(value => visit(value, depth + 1));
  };
  visit(data, 0);
  return urls.slice(0, MAX_URLS);
}
