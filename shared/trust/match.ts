import type {TrustList, TrustRecord} from '../types.js';
import {expired, identifierOf, recordExpired} from './record.js';
import {sameName} from './names.js';

export interface TrustMatch {
  list: TrustList;
  record: TrustRecord;
  matchedOn: 'did' | 'origin';
}

/** A record that names the issuer but no longer counts (contract §6), and until when it did. */
export interface ExpiredMatch {
  list: TrustList;
  validUntil: string | null;
}

const names = (record: TrustRecord, issuerId: string, origin: string | null | undefined): 'did' | 'origin' | null =>
  record.subject?.dids?.includes(issuerId) ? 'did' : origin && record.subject?.origins?.includes(origin) ? 'origin' : null;

/**
 * Find the trust-list record that names this issuer (standards.md §4.7 `subject`): by DID or
 * issuer URL exactly, or by the https origin the issuer is served from. A list or record past its
 * `validUntil` (or a recognition past `validTo`) does not count (contract §6); such records are
 * returned apart, so the check can say why the issuer is not recognised.
 */
export function findTrustRecord(lists: readonly TrustList[], issuerId: string, now: Date, origin?: string | null): TrustMatch | null {
  for(const list of lists) {
    for(const record of expired(list.validUntil, now) ? [] : list.records ?? []) {
      const matchedOn = names(record, issuerId, origin);
      if(matchedOn && !recordExpired(record, now)) {
        return {list, record, matchedOn};
      }
    }
  }
  return null;
}

export function findExpiredRecords(lists: readonly TrustList[], issuerId: string, now: Date, origin?: string | null): ExpiredMatch[] {
  return lists.flatMap(list => (list.records ?? []).filter(record => names(record, issuerId, origin))
    .filter(record => expired(list.validUntil, now) || recordExpired(record, now))
    .map(record => ({list, validUntil: expired(list.validUntil, now) ? list.validUntil : record.validUntil ?? record.recognition?.validTo ?? null})));
}

/**
 * The organisation record for an institution named by a vouching platform or a key-bound record:
 * by BRIN in any list (a RIO record, the pilot list), else — only under a vouching platform, whose
 * word the name is — by name. Expired records do not count.
 */
export function findOrganisation(lists: readonly TrustList[], now: Date, brin: string | null, name: string | null):
  {list: TrustList; record: TrustRecord; matchedOn: 'brin' | 'name'} | null {
  const live = lists.filter(list => !expired(list.validUntil, now))
    .flatMap(list => (list.records ?? []).filter(record => !recordExpired(record, now)).map(record => ({list, record})));
  const byBrin = brin ? live.find(({record}) => identifierOf(record, 'BRIN')?.toUpperCase() === brin.toUpperCase()) : undefined;
  if(byBrin) {
    return {...byBrin, matchedOn: 'brin'};
  }
  const byName = name ? live.find(({record}) => record.organisation?.legalName && sameName(record.organisation.legalName, name) &&
    !record.subject?.origins?.length && !record.subject?.dids?.length) : undefined;
  return byName ? {...byName, matchedOn: 'name'} : null;
}
