import type {Credential} from '../credential.js';
import {BUILTIN_TRUST_LISTS} from '../trust/builtin.js';
import {readTrustEvidence} from '../trust/evidence.js';
import {vouchedInstitution} from '../trust/platform.js';
import {sectorOf, vouchOf, type Sector} from '../trust/record.js';
import type {CheckId, CheckOutcome, TrustRecord} from '../types.js';

/**
 * How the issuer stands, as the `trust` check found it: the input of the institution rules
 * (NL-HW-INST, NL-MBO-INST). Only an issuer whose key or hosting origin checked out can have
 * standing (checks/trust.ts), so a forged credential never borrows a listed institution's.
 */
export type Standing =
  | {kind: 'platform'; platform: string; list: string; institution: string | null; brin: string | null;
      /** The institution's own record (by BRIN, or by name under the platform), and the list it is on. */
      record: TrustRecord | null; recordList: string | null}
  | {kind: 'record'; list: string; name: string; record: TrustRecord; sector: Sector | null}
  | {kind: 'not-recognised'; environment: string | null}
  | {kind: 'not-established'}
  | {kind: 'unchecked'};

export function standingFrom(outcomes: Partial<Record<CheckId, CheckOutcome>>): Standing {
  const trust = outcomes.trust;
  const evidence = readTrustEvidence(trust?.evidence);
  if(evidence.record && evidence.list && (trust?.status === 'pass' || trust?.status === 'warn')) {
    const organisation = evidence.organisation?.record ?? null;
    if(evidence.via) {
      return {kind: 'platform', platform: evidence.via.platform, list: evidence.list, institution: evidence.via.name,
        brin: evidence.via.brin, record: organisation, recordList: evidence.organisation?.list ?? null};
    }
    const record = organisation ?? evidence.record;
    return {kind: 'record', list: evidence.organisation?.list ?? evidence.list, record,
      name: record.organisation?.legalName ?? evidence.issuer ?? '', sector: sectorOf(record) ?? sectorOf(evidence.record)};
  }
  if(trust?.code === 'issuer_not_recognised') {
    return {kind: 'not-recognised', environment: typeof trust.params?.environment === 'string' ? trust.params.environment : null};
  }
  const failed = (id: CheckId) => outcomes[id]?.status === 'fail';
  return failed('integrity') || failed('issuer') || failed('format') ? {kind: 'not-established'} : {kind: 'unchecked'};
}

/**
 * Institution mode (a badge class on its own, contract §2 `achievement`): no award, so no trust
 * check ran; but a badge class the verifier itself fetched from a platform that vouches for its
 * institutions (edubadges production) stands on that platform's word, like its awards do.
 */
export function standingOfServedAchievement(credential: Credential | null): Standing | null {
  if(credential?.format !== 'achievement' || !credential.servedFrom) {
    return null;
  }
  for(const list of BUILTIN_TRUST_LISTS) {
    for(const record of list.records.filter(candidate => candidate.subject?.origins?.includes(credential.servedFrom!))) {
      const vouch = vouchOf(record);
      const institution = vouch && vouchedInstitution(credential, vouch, credential.servedFrom);
      if(institution) {
        return {kind: 'platform', platform: institution.platform, list: list.name, institution: institution.name, brin: institution.brin,
          record: null, recordList: null};
      }
    }
  }
  return null;
}
