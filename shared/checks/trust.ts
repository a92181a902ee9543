import type {Check} from '../run.js';
import {findTrustRecord} from '../trust/match.js';

/**
 * Is the issuer recognised by a trust list (contract §2 `trust`)? Only an issuer whose key
 * binding was established counts: a forged credential naming a recognised institution must not
 * borrow its standing.
 */
export const checkTrust: Check = async({credential, outcomes, trustLists, now}) => {
  const issuer = credential.issuer.id;
  const lists = trustLists.map(list => list.name);
  if(!issuer || outcomes.issuer?.status !== 'pass') {
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'issuer', lists}};
  }
  const origin = /^https:\/\//.test(issuer) ? new URL(issuer).origin : null;
  const match = findTrustRecord(trustLists, issuer, now, origin);
  if(!match) {
    return {status: 'warn', code: 'issuer_not_recognised', params: {issuer}, evidence: {issuer, lists}};
  }
  const name = match.record.organisation?.legalName ?? issuer;
  return {
    status: 'pass', code: 'issuer_recognised', params: {list: match.list.name, name},
    evidence: {issuer, list: match.list.name, publisher: match.list.publisher, version: match.list.version,
      record: match.record, matchedOn: match.matchedOn},
  };
};
