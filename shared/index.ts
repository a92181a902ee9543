/**
 * The verification core's public entry (contract §4). Runs unchanged in Node, a page and a
 * service worker; everything impure arrives through `VerifyOptions`.
 */
export {verify, verifyAll} from './verify.js';
export {preload} from './preload.js';
export {summarise} from './verdict.js';
export {checkLabel, statusLabel, verdictLabel} from './i18n/labels.js';
export {CHECK_IDS} from './types.js';
export {toTrustList} from './trust/adapters/to-trust-list.js';
export type {
  CheckId, CheckResult, CheckStatus, FormatId, Lang, Quality, Report, ReportCredential, TrustList, TrustRecord,
  Verdict, VerifyInput, VerifyOptions,
} from './types.js';
export type {Code} from './codes.js';
