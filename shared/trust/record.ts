import type {TrustRecord} from '../types.js';
import {isRecord} from '../util/json.js';

/** Dutch education sectors a record may state (our addition to standards.md §4.7 `organisation`). */
export type Sector = 'hbo' | 'wo' | 'mbo';

/**
 * A platform that vouches for the institutions it hosts (our addition to standards.md §4.7): the
 * institution is named by the platform's own documents, served from the record's origin.
 */
export interface PlatformVouch {
  platform: string;
  environment: 'production';
  /** What the platform checks before it onboards an organisation (shown as the basis). */
  onboards: string;
}

/** A §4.7 record with the fields this project adds; files may carry them, code reads them defensively. */
export interface NlTrustRecord extends TrustRecord {
  vouches?: PlatformVouch;
  organisation?: TrustRecord['organisation'] & {sector?: Sector};
}

export function vouchOf(record: TrustRecord): PlatformVouch | null {
  const vouch = (record as NlTrustRecord).vouches;
  return isRecord(vouch) && typeof vouch.platform === 'string' && vouch.environment === 'production' ? vouch : null;
}

export function sectorOf(record: TrustRecord | null | undefined): Sector | null {
  const sector = (record as NlTrustRecord | null | undefined)?.organisation?.sector;
  return sector === 'hbo' || sector === 'wo' || sector === 'mbo' ? sector : null;
}

/** The value of an organisation identifier (`BRIN`, `SCHAC`, …), compared case-insensitively. */
export function identifierOf(record: TrustRecord, scheme: string): string | null {
  const entry = record.organisation?.identifiers?.find(id => isRecord(id) && String(id.scheme).toLowerCase() === scheme.toLowerCase());
  return entry && typeof entry.value === 'string' ? entry.value : null;
}

/** A record (or list) past its `validUntil` (or a recognition past `validTo`) does not count (contract §6). */
export function expired(validUntil: string | null | undefined, now: Date): boolean {
  if(!validUntil) {
    return false;
  }
  const time = Date.parse(validUntil);
  return Number.isNaN(time) || time < now.getTime();
}

export function recordExpired(record: TrustRecord, now: Date): boolean {
  return expired(record.validUntil, now) || expired(record.recognition?.validTo, now);
}
