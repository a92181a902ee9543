import {isRecord} from '../../util/json.js';

/** The payload of a compact JWS/JWT, decoded but NOT verified; null when it is not one. */
export function decodeJwtPayload(token: unknown): Record<string, unknown> | null {
  if(typeof token !== 'string') {
    return null;
  }
  const parts = token.trim().split('.');
  if(parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[1])) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), char => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isRecord(payload) ? payload : null;
  } catch {
    return null;
  }
}
