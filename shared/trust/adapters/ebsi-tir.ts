import type {TrustList} from '../../types.js';
import {asArray, isRecord} from '../../util/json.js';
import type {NlTrustRecord} from '../record.js';
import {decodeJwtPayload} from './jwt-payload.js';

const text = (value: unknown): string | undefined => typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** An EBSI Trusted Issuers Registry v5 issuer: `{did, attributes: [{hash, body, issuerType, tao, rootTao}]}`. */
export function isEbsiIssuer(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.did === 'string' && value.did.startsWith('did:ebsi:') && Array.isArray(value.attributes);
}

/**
 * EBSI TIR issuer records as a trust list (standards.md §4.1 [S30, S31]). Each attribute's `body` is
 * an accreditation VC-JWT (`VerifiableAccreditationToAttest` …) whose subject is the issuer DID; only
 * `TI`/`TAO`/`RootTAO` attributes count (a revoked one does not), and the accreditation's
 * `validUntil`/`expirationDate`/`exp` becomes the record's `validUntil`. The JWT signatures and the
 * chain to a Root TAO are NOT verified here (provenance says so): use records fetched from a source
 * you trust. The registry carries no legal name; give one in `names` (DID → name) when known.
 */
export function fromEbsiIssuers(issuers: Record<string, unknown>[], names: Record<string, string> = {}, name = 'EBSI Trusted Issuers Registry'): TrustList {
  const records: NlTrustRecord[] = issuers.flatMap(issuer => asArray(issuer.attributes).filter(isRecord).flatMap(attribute => {
    const did = String(issuer.did);
    if(!['TI', 'TAO', 'RootTAO'].includes(String(attribute.issuerType))) {
      return [];
    }
    const payload = decodeJwtPayload(attribute.body);
    const vc = isRecord(payload?.vc) ? payload.vc : payload ?? {};
    const subject = isRecord(vc.credentialSubject) ? vc.credentialSubject : {};
    if(subject.id !== undefined && subject.id !== did) {
      return []; // an accreditation for someone else
    }
    const expiry = text(vc.validUntil) ?? text(vc.expirationDate) ?? (typeof payload?.exp === 'number' ? new Date(payload.exp * 1000).toISOString() : undefined);
    const jurisdiction = asArray(subject.accreditedFor).filter(isRecord).map(entry => text(entry.limitJurisdiction)).find(Boolean);
    return [{
      subject: {dids: [did]},
      organisation: {legalName: names[did], ...(jurisdiction?.endsWith('/NLD') ? {country: 'NL'} : {})},
      recognition: {source: 'EBSI TIR', validFrom: text(vc.validFrom) ?? text(vc.issuanceDate) ?? null, validTo: expiry ?? null},
      validUntil: expiry ?? null,
      provenance: {source: 'ebsi-tir', signatureVerified: false, note: `${String(attribute.issuerType)} accredited by ${text(attribute.tao) ?? 'unknown'}`},
    }];
  }));
  return {name, publisher: 'European Blockchain Services Infrastructure (records as given; signatures not verified)', version: '', validUntil: null, records};
}
