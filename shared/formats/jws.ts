import {decodeBase64url} from '../util/base64url.js';
import {isRecord} from '../util/json.js';

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: unknown;
}

/**
 * Split and decode a compact JWS without trusting it (RFC 7515 §7.1): header and payload as
 * JSON, or null when either is not base64url JSON. Verification happens later, in `integrity`.
 */
export function decodeJws(token: string): DecodedJws | null {
  const parts = token.split('~')[0].split('.');
  if(parts.length !== 3) {
    return null;
  }
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(decodeBase64url(parts[0])));
    const payload: unknown = JSON.parse(new TextDecoder().decode(decodeBase64url(parts[1])));
    return isRecord(header) ? {header, payload} : null;
  } catch {
    return null;
  }
}
