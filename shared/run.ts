import type {Credential} from './credential.js';
import type {KeyResolver} from './did/resolve-key.js';
import type {ResolvedKey} from './did/verification-method.js';
import type {Net} from './net/fetcher.js';
import type {CheckId, CheckOutcome, Lang, TrustList} from './types.js';

/** Everything one verification of one credential needs; checks read it, never globals. */
export interface VerifyRun {
  credential: Credential;
  now: Date;
  lang: Lang;
  recipient: string | null;
  trustLists: TrustList[];
  net: Net;
  keys: KeyResolver;
  /** Outcomes of the checks that ran before, by id. */
  outcomes: Partial<Record<CheckId, CheckOutcome>>;
  /** Keys whose proofs verified, filled by the integrity check for the issuer check. */
  verifiedKeys: ResolvedKey[];
  /** The format check left JSON-LD safe mode to the proof's canonicalisation. */
  safeModeWithProof?: boolean;
}

export type Check = (run: VerifyRun) => Promise<CheckOutcome>;

/** Clock skew allowed on every date comparison (contract §2, `validity`). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
