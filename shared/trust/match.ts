import type {TrustList, TrustRecord} from '../types.js';

export interface TrustMatch {
  list: TrustList;
  record: TrustRecord;
  matchedOn: 'did' | 'origin';
}

/**
 * Find the trust-list record that names this issuer (standards.md §4.7 `subject`): by DID or
 * issuer URL exactly, or by the https origin the issuer (or the hosted credential) is served
 * from. A list or record past its `validUntil` does not count (contract §6).
 */
export function findTrustRecord(lists: readonly TrustList[], issuerId: string, now: Date, origin?: string | null): TrustMatch | null {
  for(const list of lists) {
    if(expired(list.validUntil, now)) {
      continue;
    }
    for(const record of list.records ?? []) {
      if(expired(record.validUntil ?? record.recognition?.validTo, now)) {
        continue;
      }
      if(record.subject?.dids?.includes(issuerId)) {
        return {list, record, matchedOn: 'did'};
      }
      if(origin && record.subject?.origins?.includes(origin)) {
        return {list, record, matchedOn: 'origin'};
      }
    }
  }
  return null;
}

function expired(validUntil: string | null | undefined, now: Date): boolean {
  if(!validUntil) {
    return false;
  }
  const time = Date.parse(validUntil);
  return Number.isNaN(time) || time < now.getTime();
}
