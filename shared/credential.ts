import type {SdJwt} from './formats/sd-jwt.js';
import type {FormatId} from './types.js';

/**
 * One normalised credential, whatever format it arrived in. Checks read this, never the raw
 * input; `document` keeps the JSON exactly as received, for proof verification.
 */
export interface Credential {
  format: FormatId;
  document: Record<string, unknown>;
  /** VC Data Model version (1.1 / 2.0), or null for formats that are not W3C credentials. */
  dataModel: 'vc1' | 'vc2' | null;
  types: string[];
  id: string | null;
  title: string | null;
  description: string | null;
  issuer: {id: string | null; name: string | null; url: string | null; image: string | null};
  /** When it was issued (VC 1.1 issuanceDate, VC 2.0 validFrom, OB2 issuedOn). */
  issuedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  subject: {id: string | null; identifiers: IdentityObject[]; name: string | null};
  achievement: Record<string, unknown> | null;
  image: string | null;
  statusEntries: Record<string, unknown>[];
  proofs: ProofSummary[];
  contexts: unknown[];
  /**
   * The documents the credential was assembled from, by role, exactly as received: for a VC
   * `credential`; for Open Badges 2.0 `assertion`, `badgeClass`, `issuer`. The quality
   * scorecard reads its elements from here and reports the path it read.
   */
  parts: Partial<Record<'credential' | 'assertion' | 'badgeClass' | 'issuer', Record<string, unknown>>>;
  /** The https origin the credential was fetched from, when it came from a URL. */
  servedFrom: string | null;
  /** How the credential is secured, and what the loader already established about it. */
  securing: Securing;
  /** A known platform the credential was served by, and which of its environments. */
  platform: {id: string; environment: 'production' | 'demo' | 'test' | 'acceptance' | 'other'} | null;
}

/** Open Badges 3.0 IdentityObject (§B.1.15) / OB 2.0 IdentityObject. */
export interface IdentityObject {
  identityType: string;
  identityHash: string;
  hashed: boolean;
  salt: string | null;
}

export interface ProofSummary {
  type: string;
  cryptosuite: string | null;
  verificationMethod: string | null;
}

/**
 * Data Integrity: an embedded proof. Hosted (Open Badges 2.0 HostedBadge): the assertion is
 * authentic when the issuer serves it from its own `id` over https; `fetchedFrom` is the URL we
 * got it from (null when we could not fetch it, `fetchError` says why). JWS: a compact token.
 */
export type Securing =
  | {kind: 'data-integrity'}
  | {kind: 'hosted'; fetchedFrom: string | null; fetchError: FetchProblem | null;
      /** The badge class or issuer profile could not be fetched. */
      relatedError: FetchProblem | null}
  | {kind: 'jws'; token: string; header: Record<string, unknown>}
  | {kind: 'sd-jwt'; token: string; sdJwt: SdJwt; disclosureProblem: string | null}
  /** Europass EDC: a JAdES electronic seal, which we cannot validate (see securing/jades.ts). */
  | {kind: 'jades'};

export interface FetchProblem {
  code: 'not_found' | 'network_error' | 'timeout' | 'private_network_blocked' | 'offline' | 'too_large';
  url: string;
  message: string;
  httpStatus?: number;
}
