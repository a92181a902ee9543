import type {TrustRecord} from '../types.js';
import {isRecord} from '../util/json.js';

/** The institution a vouching platform names for this credential (edubadges: InstitutionName + BRIN). */
export interface VouchedInstitution {
  platform: string;
  environment: string;
  name: string | null;
  brin: string | null;
}

/** An organisation record found for the institution (by BRIN, or by name under a vouching platform). */
export interface OrganisationMatch {
  list: string;
  record: TrustRecord;
  matchedOn: 'brin' | 'name';
}

/** What the `trust` check puts in its evidence; the quality scorecard reads it back (standing.ts). */
export type TrustEvidence = {
  issuer: string;
  lists: string[];
  list?: string;
  publisher?: string;
  version?: string;
  record?: TrustRecord;
  matchedOn?: 'did' | 'origin';
  via?: VouchedInstitution;
  organisation?: OrganisationMatch;
  /** Records that named the issuer but no longer count, with why. */
  expired?: {list: string; validUntil: string | null}[];
  /** The self-asserted name, when it differs from the name on the list. */
  selfAsserted?: string;
};

/** The evidence of a trust outcome, read defensively (it is plain JSON in a report). */
export function readTrustEvidence(evidence: unknown): Partial<TrustEvidence> {
  return isRecord(evidence) ? evidence as Partial<TrustEvidence> : {};
}
