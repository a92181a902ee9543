import type {TrustList} from '../../types.js';
import {isRecord} from '../../util/json.js';
import type {NlTrustRecord} from '../record.js';

const text = (value: unknown): string | undefined => typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The Digital Credentials Consortium "dcc-legacy" registry: `{meta: {created, updated}, registry: {<did>: {name, location, url, legalName?}}}`. */
export function isDccRegistry(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && isRecord(value.registry) && (value.meta === undefined || isRecord(value.meta));
}

/**
 * A DCC registry as a trust list (standards.md §4.5 [S41, S42]; anchors.md §1.4): one record per DID,
 * named by `legalName` (else `name`). The static JSON carries no signature, so nothing is
 * signature-verified; the list is as trustworthy as the place the user got it from.
 */
export function fromDccRegistry(value: Record<string, unknown>, name = 'Digital Credentials Consortium registry'): TrustList {
  const meta = isRecord(value.meta) ? value.meta : {};
  const entries = Object.entries(isRecord(value.registry) ? value.registry : {}).filter(([did, entry]) => did.startsWith('did:') && isRecord(entry));
  const records: NlTrustRecord[] = entries.map(([did, entry]) => {
    const issuer = entry as Record<string, unknown>;
    return {
      subject: {dids: [did]},
      organisation: {legalName: text(issuer.legalName) ?? text(issuer.name)},
      provenance: {source: 'dcc-legacy', fetchedAt: text(meta.updated) ?? text(meta.created), signatureVerified: false,
        note: [text(issuer.url), text(issuer.location)].filter(Boolean).join(' · ') || undefined},
    };
  });
  return {name, publisher: 'Digital Credentials Consortium', version: text(meta.updated) ?? text(meta.created) ?? '', validUntil: null, records};
}
