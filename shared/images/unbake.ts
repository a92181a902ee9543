import {readPngText} from './png.js';
import {readSvgPayload} from './svg.js';

/**
 * The credential baked into a badge image: JSON, a compact JWS, or (OB 2.0 legacy) the URL of a
 * hosted assertion. Null when the image carries none.
 */
export async function unbake(mediaType: 'image/png' | 'image/svg+xml', bytes: Uint8Array): Promise<string | null> {
  if(mediaType === 'image/png') {
    return (await readPngText(bytes, ['openbadgecredential', 'openbadges']))?.text.trim() ?? null;
  }
  return readSvgPayload(new TextDecoder().decode(bytes));
}
