import {asArray, idOf, isRecord, stringsOf} from '../util/json.js';
import type {DecodedJws} from './jws.js';

/** A Verifiable Presentation: the wrapper, and the credentials it encloses (objects or JWT strings). */
export interface Presentation {
  kind: 'json-ld' | 'jwt';
  holder: string | null;
  document: Record<string, unknown>;
  credentials: unknown[];
  /** For a JWT presentation, the token and its decoded parts. */
  jws?: {token: string} & DecodedJws;
}

/** VC DM 2.0 §4.13 / 1.1 §4.10: `type` includes VerifiablePresentation; credentials in `verifiableCredential`. */
export function asLdPresentation(value: unknown): Presentation | null {
  if(!isRecord(value) || !stringsOf(value.type).includes('VerifiablePresentation')) {
    return null;
  }
  return {kind: 'json-ld', holder: idOf(value.holder), document: value, credentials: asArray(value.verifiableCredential).map(unwrapEnveloped)};
}

/** VC DM 1.1 §6.3.1: a JWT presentation carries the presentation in its `vp` claim; `iss` is the holder. */
export function asJwtPresentation(token: string, decoded: DecodedJws): Presentation | null {
  const {payload} = decoded;
  const vp = isRecord(payload) ? (isRecord(payload.vp) ? payload.vp : stringsOf(payload.type).includes('VerifiablePresentation') ? payload : null) : null;
  if(!vp || !isRecord(payload)) {
    return null;
  }
  return {kind: 'jwt', holder: typeof payload.iss === 'string' ? payload.iss : idOf(vp.holder), document: vp,
    credentials: asArray(vp.verifiableCredential).map(unwrapEnveloped), jws: {token, ...decoded}};
}

/** VC DM 2.0 §4.13.1: an EnvelopedVerifiableCredential carries a JWT in a `data:` URL. */
function unwrapEnveloped(entry: unknown): unknown {
  if(isRecord(entry) && stringsOf(entry.type).includes('EnvelopedVerifiableCredential') && typeof entry.id === 'string') {
    const match = /^data:application\/vc\+(?:sd-)?jwt,(.+)$/.exec(entry.id);
    return match ? match[1] : entry;
  }
  return entry;
}
