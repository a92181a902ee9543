import type {TrustList} from '../../types.js';
import {asArray, isRecord} from '../../util/json.js';
import {fromDccRegistry, isDccRegistry} from './dcc-registry.js';
import {fromEbsiIssuers, isEbsiIssuer} from './ebsi-tir.js';
import {fromRioRecords, isRioRecords} from './rio.js';

/**
 * Any trust source a user may add, as a trust list: a list file of contract §6 (returned as is),
 * a DCC registry, EBSI TIR issuer records (one or an array), or RIO recognitions. Null when the
 * JSON is none of these. `name` names the list when the source has no name of its own.
 */
export function toTrustList(value: unknown, name?: string): TrustList | null {
  if(isRecord(value) && typeof value.name === 'string' && Array.isArray(value.records)) {
    return value as unknown as TrustList;
  }
  if(isDccRegistry(value)) {
    return fromDccRegistry(value, name);
  }
  const issuers = asArray(value).filter(isEbsiIssuer);
  if(issuers.length > 0) {
    return fromEbsiIssuers(issuers, {}, name);
  }
  return isRioRecords(value) ? fromRioRecords(value, name) : null;
}
