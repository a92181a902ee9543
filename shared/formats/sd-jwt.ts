import {decodeBase64url, encodeBase64url} from '../util/base64url.js';
import {isRecord} from '../util/json.js';
import {decodeJws, type DecodedJws} from './jws.js';

/** An SD-JWT split into its parts (RFC 9901 §4): issuer-signed JWT, disclosures, optional key binding JWT. */
export interface SdJwt {
  issuerJwt: string;
  issuer: DecodedJws;
  disclosures: string[];
  keyBindingJwt: string | null;
}

export function splitSdJwt(token: string): SdJwt | null {
  if(!token.includes('~')) {
    return null;
  }
  const parts = token.split('~');
  const issuer = decodeJws(parts[0]);
  if(!issuer || parts.length > 1001) {
    return null;
  }
  const last = parts[parts.length - 1];
  return {issuerJwt: parts[0], issuer, disclosures: parts.slice(1, -1).filter(part => part !== ''), keyBindingJwt: last === '' ? null : last};
}

export class DisclosureProblem extends Error {}

/**
 * Rebuild the claims from the issuer's digests and the disclosures (RFC 9901 §7.1 steps 3–4):
 * every disclosure's digest must be referenced exactly once by an `_sd` array or a `...` array
 * element; unreferenced, duplicate or malformed disclosures make the whole token invalid.
 */
export async function discloseClaims(sdJwt: SdJwt): Promise<Record<string, unknown>> {
  const payload = sdJwt.issuer.payload;
  if(!isRecord(payload)) {
    throw new DisclosureProblem('the issuer JWT payload is not an object');
  }
  if((payload._sd_alg ?? 'sha-256') !== 'sha-256') {
    throw new DisclosureProblem(`digest algorithm ${String(payload._sd_alg)} is not supported`);
  }
  const byDigest = new Map<string, unknown[]>();
  for(const disclosure of sdJwt.disclosures) {
    const digest = encodeBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(disclosure))));
    if(byDigest.has(digest)) {
      throw new DisclosureProblem('a disclosure appears twice');
    }
    byDigest.set(digest, parseDisclosure(disclosure));
  }
  const used = new Set<string>();
  const claims = rebuild(payload, byDigest, used, 0) as Record<string, unknown>;
  if(used.size !== byDigest.size) {
    throw new DisclosureProblem('a disclosure is not referenced by the issuer-signed claims');
  }
  delete claims._sd_alg;
  return claims;
}

function parseDisclosure(disclosure: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(decodeBase64url(disclosure)));
  } catch {
    throw new DisclosureProblem('a disclosure is not base64url JSON');
  }
  if(!Array.isArray(value) || (value.length !== 2 && value.length !== 3) || typeof value[0] !== 'string' ||
    (value.length === 3 && (typeof value[1] !== 'string' || value[1] === '_sd' || value[1] === '...'))) {
    throw new DisclosureProblem('a disclosure is not [salt, name, value] or [salt, value]');
  }
  return value;
}

function rebuild(node: unknown, byDigest: Map<string, unknown[]>, used: Set<string>, depth: number): unknown {
  if(depth > 32) {
    throw new DisclosureProblem('the claims nest too deeply');
  }
  if(Array.isArray(node)) {
    const out: unknown[] = [];
    for(const element of node) {
      const digest = isRecord(element) && Object.keys(element).length === 1 && typeof element['...'] === 'string' ? element['...'] : null;
      if(digest === null) {
        out.push(rebuild(element, byDigest, used, depth + 1));
      } else if(take(digest, byDigest, used, 2)) {
        out.push(rebuild(byDigest.get(digest)![1], byDigest, used, depth + 1));
      }
    }
    return out;
  }
  if(!isRecord(node)) {
    return node;
  }
  const out: Record<string, unknown> = {};
  for(const [name, value] of Object.entries(node)) {
    if(name !== '_sd') {
      out[name] = rebuild(value, byDigest, used, depth + 1);
    }
  }
  for(const digest of Array.isArray(node._sd) ? node._sd : []) {
    if(typeof digest === 'string' && take(digest, byDigest, used, 3)) {
      const [, name, value] = byDigest.get(digest)!;
      if(Object.hasOwn(out, String(name))) {
        throw new DisclosureProblem(`the claim "${String(name)}" is disclosed twice`);
      }
      out[String(name)] = rebuild(value, byDigest, used, depth + 1);
    }
  }
  return out;
}

function take(digest: string, byDigest: Map<string, unknown[]>, used: Set<string>, length: number): boolean {
  const disclosure = byDigest.get(digest);
  if(!disclosure) {
    return false; // a decoy digest, or a claim the holder did not disclose
  }
  if(used.has(digest) || disclosure.length !== length) {
    throw new DisclosureProblem('a disclosure is referenced twice or in the wrong place');
  }
  used.add(digest);
  return true;
}
