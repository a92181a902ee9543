import {CLOCK_SKEW_MS, type Check} from '../run.js';

/**
 * Inside its validity window (contract §2 `validity`)? Judged from the parsed credential whatever
 * else happened, with five minutes of clock skew. An end date is honoured when the issuer wrote
 * one, even though Dutch microcredentials are meant to be valid without limit (mission.md).
 */
export const checkValidity: Check = async({credential, now}) => {
  const from = parse(credential.validFrom);
  const until = parse(credential.validUntil);
  const evidence = {now: now.toISOString(), validFrom: credential.validFrom, validUntil: credential.validUntil};
  if(Number.isNaN(from) || Number.isNaN(until)) {
    return {status: 'unknown', code: 'not_checked', evidence: {...evidence, reason: 'unreadable date'}};
  }
  if(from !== null && now.getTime() + CLOCK_SKEW_MS < from) {
    return {status: 'fail', code: 'not_yet_valid', params: {date: credential.validFrom!}, evidence};
  }
  if(until !== null && now.getTime() - CLOCK_SKEW_MS > until) {
    return {status: 'fail', code: 'expired', params: {date: credential.validUntil!}, evidence};
  }
  return {status: 'pass', code: 'within_validity', params: {date: credential.validUntil ?? ''}, evidence};
};

function parse(date: string | null): number | null {
  return date === null ? null : Date.parse(date);
}
