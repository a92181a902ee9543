/**
 * The report and its parts, exactly as `contract.md` §2 describes them.
 * Everything a front end shows is derived from a `Report`.
 */
import type {Code} from './codes.js';

export type Lang = 'en' | 'nl';

export type Verdict = 'verified' | 'warning' | 'invalid' | 'unverifiable';

export type FormatId =
  | 'ob2-hosted' | 'ob2-signed' | 'ob3-data-integrity' | 'ob3-jwt' | 'vc-data-integrity'
  | 'vc-jwt' | 'sd-jwt-vc' | 'elm' | 'achievement' | 'unknown';

/** The seven checks, in report order (contract §2: always all seven, in this order). */
export const CHECK_IDS = ['format', 'integrity', 'issuer', 'status', 'validity', 'trust', 'recipient'] as const;
export type CheckId = typeof CHECK_IDS[number];

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown' | 'skipped';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  code: Code;
  message: string;
  evidence: Record<string, unknown>;
}

/** What a check function returns: facts only; the wording is added afterwards. */
export interface CheckOutcome {
  status: CheckStatus;
  code: Code;
  /** Values the message may quote (dates, names, URLs). */
  params?: Partial<Record<string, string>>;
  evidence?: Record<string, unknown>;
}

export interface ReportCredential {
  title: string | null;
  issuer: {id: string | null; name: string | null};
  issuedOn: string | null;
  validUntil: string | null;
  recipient: Record<string, unknown>;
  achievement: Record<string, unknown>;
  image: string | null;
}

export type ElementStatus = 'present' | 'missing' | 'invalid';
export interface QualityElement {
  id: string;
  status: ElementStatus;
  value: string | null;
  source: string | null;
}
export type RuleStatus = 'pass' | 'fail' | 'warn' | 'info';
export interface FrameworkRule {id: string; status: RuleStatus; message: string}
export interface FrameworkResult {
  id: 'nl-hbo-wo' | 'nl-mbo';
  status: 'conformant' | 'non_conformant' | 'not_claimed';
  rules: FrameworkRule[];
}
export interface Quality {
  microcredential: boolean;
  euComplete: boolean;
  elements: QualityElement[];
  frameworks: FrameworkResult[];
}

/** The wrapper a credential arrived in (contract §2 `presentation`). */
export interface PresentationInfo {
  kind: 'json-ld' | 'jwt';
  holder: string | null;
  /** The presentation's own proof: `skipped` with `no_proof` when it is unsigned. */
  proof: CheckStatus;
  code: Code;
  /** How many credentials it encloses. */
  credentials: number;
}

export interface Report {
  input: string;
  verdict: Verdict;
  format: FormatId;
  summary: string;
  checks: CheckResult[];
  credential: ReportCredential | null;
  presentation: PresentationInfo | null;
  quality: Quality;
}

/** Trust list file, contract §6; records as `standards.md` §4.7. */
export interface TrustRecord {
  subject: {dids?: string[]; origins?: string[]; keyThumbprints?: string[]};
  organisation?: {
    legalName?: string;
    country?: string;
    identifiers?: {scheme: string; value: string}[];
  };
  recognition?: {source?: string; wet?: string; validFrom?: string | null; validTo?: string | null};
  frameworks?: {id: string; name?: string; validFrom?: string | null; validTo?: string | null; evidence?: string}[];
  provenance?: {source?: string; fetchedAt?: string; signatureVerified?: boolean; note?: string};
  validUntil?: string | null;
}
export interface TrustList {
  name: string;
  publisher: string;
  version: string;
  validUntil: string | null;
  records: TrustRecord[];
}

export interface VerifyOptions {
  /** Default: `globalThis.fetch`, looked up at the moment of each request. */
  fetch?: typeof fetch;
  /** Default: the current time. Validity and status are judged at this instant. */
  now?: Date;
  /** Default `'en'`. */
  lang?: Lang;
  /** Added to the built-in trust lists. */
  trust?: TrustList[];
  /** An e-mail address or identifier the credential should have been issued to. */
  recipient?: string;
  /** No network at all; checks that need it report `unknown`. */
  offline?: boolean;
  /** Allow loopback/private addresses and plain http to loopback (testing a local issuer). */
  allowPrivateNetwork?: boolean;
  signal?: AbortSignal;
  /** Time limit per request in ms (default 5000) and size cap per response in bytes (default 2 MiB). */
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** The `input` field of the report; default: the URL, or `'-'`. */
  inputName?: string;
}

/** `verify()` accepts JSON text, a compact JWS/JWT, an https URL, file bytes, or parsed JSON. */
export type VerifyInput = string | Uint8Array | object;
