import type {Text} from '../../i18n/text.js';
import type {CheckId, CheckOutcome, QualityElement, RuleStatus} from '../../types.js';
import type {ElementId} from '../elements/ids.js';
import type {QualityFacts} from '../facts.js';
import type {Institution} from '../institution.js';
import type {Standing} from '../standing.js';
import type {FrameworkId, FrameworkVersion} from './versions.js';

/** A rule's outcome before it is worded in the report's language. */
export interface RuleResult {
  status: RuleStatus;
  text: Text;
}

/** Everything a rule may read; rules are pure functions of it. */
export interface RuleContext {
  framework: FrameworkId;
  facts: QualityFacts;
  elements: ReadonlyMap<ElementId, QualityElement>;
  /** The issuance date as written (ISO 8601), or null. */
  issuedOn: string | null;
  /** The framework version in force on the issuance date; null when unknown or before the framework. */
  version: FrameworkVersion | null;
  institution: Institution;
  standing: Standing;
  /** Why the credential is taken to claim this framework. */
  claimBasis: Text;
  /** The issuer-set end date, if any. */
  validUntil: string | null;
  /** Fetch state of the edubadges quality-assurance fields (`?expand=micro`). */
  microFields: 'fetched' | 'failed' | 'not-tried';
  /** Platform the credential was served by (edubadges production, demo …). */
  platform: {id: string; environment: string} | null;
  outcomes: Partial<Record<CheckId, CheckOutcome>>;
}

export type Rule = (ctx: RuleContext) => RuleResult;

/** One rule of standards.md §3.3 as data: its id, severity (E/W/I) and source, and the function that checks it. */
export interface RuleSpec {
  id: string;
  severity: 'E' | 'W' | 'I';
  source: string;
  check: Rule;
}

export const result = (status: RuleStatus, text: Text): RuleResult => ({status, text});
