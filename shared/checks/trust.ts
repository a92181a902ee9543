import type {Credential} from '../credential.js';
import type {Check, VerifyRun} from '../run.js';
import type {TrustEvidence} from '../trust/evidence.js';
import {findExpiredRecords, findOrganisation, findTrustRecord, type TrustMatch} from '../trust/match.js';
import {sameName} from '../trust/names.js';
import {identifierOf, vouchOf} from '../trust/record.js';
import {vouchedInstitution} from '../trust/platform.js';
import type {CheckOutcome} from '../types.js';

/**
 * Is the issuer recognised by a trust list (contract §2 `trust`)? Only an issuer whose key binding
 * or hosting origin was established counts: a forged credential naming a recognised institution
 * must not borrow its standing. The name shown is the list's (or, for a platform that vouches for
 * its institutions, the platform's); a different self-asserted name is a warning.
 */
export const checkTrust: Check = async run => {
  const {credential, outcomes, trustLists, now} = run;
  const issuer = credential.issuer.id;
  const lists = trustLists.map(list => list.name);
  if(!issuer || outcomes.issuer?.status !== 'pass') {
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'issuer', lists}};
  }
  if(credential.platform && credential.platform.environment !== 'production') {
    // A platform's demo, test or acceptance environment is never a recognised source, whatever a list says (the quality issue).
    return notRecognised(credential, issuer, lists, []);
  }
  const origin = httpsOrigin(issuer);
  const match = findTrustRecord(trustLists, issuer, now, origin);
  if(!match) {
    return notRecognised(credential, issuer, lists, findExpiredRecords(trustLists, issuer, now, origin));
  }
  const vouch = vouchOf(match.record);
  return vouch ? viaPlatform(run, match, vouch, origin!, lists) : onRecord(run, match, issuer, lists);
};

function notRecognised(credential: Credential, issuer: string, lists: string[], expiredHits: ReturnType<typeof findExpiredRecords>): CheckOutcome {
  const environment = credential.platform && credential.platform.environment !== 'production' ? credential.platform.environment : undefined;
  const expired = expiredHits.map(hit => ({list: hit.list.name, validUntil: hit.validUntil}));
  return {
    status: 'warn', code: 'issuer_not_recognised',
    params: {issuer, ...(environment ? {environment, platform: credential.platform!.id} : {}), ...(expired.length ? {expired: expired[0].list} : {})},
    evidence: {issuer, lists, ...(environment ? {platform: credential.platform} : {}), ...(expired.length ? {expired} : {})},
  };
}

/** A platform record (edubadges production): the platform names the institution and its BRIN (edubadges.md §4). */
function viaPlatform(run: VerifyRun, match: TrustMatch, vouch: NonNullable<ReturnType<typeof vouchOf>>, origin: string, lists: string[]): CheckOutcome {
  const {credential, trustLists, now} = run;
  const institution = vouchedInstitution(credential, vouch, origin);
  if(!institution) {
    // Named on the platform's origin, but not served by it as the record requires (a copy, another environment).
    return notRecognised(credential, credential.issuer.id!, lists, []);
  }
  const organisation = findOrganisation(trustLists, now, institution.brin, institution.name);
  const listed = organisation?.record.organisation?.legalName ?? null;
  const name = listed ?? institution.name ?? credential.issuer.name ?? credential.issuer.id!;
  const evidence: TrustEvidence = {...base(match, credential.issuer.id!, lists), via: institution,
    ...(organisation ? {organisation: {list: organisation.list.name, record: organisation.record, matchedOn: organisation.matchedOn}} : {})};
  const params = {list: match.list.name, name, platform: vouch.platform, ...(institution.brin ? {brin: institution.brin} : {})};
  if(listed && institution.name && !sameName(listed, institution.name)) {
    return {status: 'warn', code: 'issuer_name_differs', params: {...params, claimed: institution.name},
      evidence: {...evidence, selfAsserted: institution.name}};
  }
  return {status: 'pass', code: 'issuer_recognised', params, evidence};
}

/** A record that names the issuer's DID or origin: its legal name against the credential's own. */
function onRecord(run: VerifyRun, match: TrustMatch, issuer: string, lists: string[]): CheckOutcome {
  const {credential, trustLists, now} = run;
  const brin = identifierOf(match.record, 'BRIN');
  const organisation = brin ? findOrganisation(trustLists.filter(list => list !== match.list), now, brin, null) : null;
  const listed = match.record.organisation?.legalName ?? null;
  const evidence: TrustEvidence = {...base(match, issuer, lists),
    ...(organisation ? {organisation: {list: organisation.list.name, record: organisation.record, matchedOn: 'brin'}} : {})};
  const params = {list: match.list.name, name: listed ?? issuer};
  const claimed = credential.issuer.name;
  if(listed && claimed && !sameName(listed, claimed)) {
    return {status: 'warn', code: 'issuer_name_differs', params: {...params, claimed}, evidence: {...evidence, selfAsserted: claimed}};
  }
  return {status: 'pass', code: 'issuer_recognised', params, evidence};
}

function base(match: TrustMatch, issuer: string, lists: string[]): TrustEvidence {
  return {issuer, lists, list: match.list.name, publisher: match.list.publisher, version: match.list.version,
    record: match.record, matchedOn: match.matchedOn};
}

function httpsOrigin(id: string): string | null {
  try {
    return /^https:\/\//i.test(id) ? new URL(id).origin : null;
  } catch {
    return null;
  }
}
