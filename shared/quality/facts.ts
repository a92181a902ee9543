/**
 * The quality facts read from a credential before any rule runs: one record for every format
 * (standards.md §2.5, "cross-format normalisation"). Every fact keeps the path it was read from,
 * so the scorecard can say where each element came from.
 */

/** A value and the path in the credential it was read from (e.g. `badgeClass.extensions:ECTSExtension.ECTS`). */
export interface Found<T> {
  value: T;
  source: string;
}

/** Study-load units a rule can convert (standards.md §3.2); `unknown` when the format does not say. */
export type WorkloadUnit = 'EC' | 'SBU' | 'hours' | 'unknown';

export interface Workload {
  /** The number as stated, or null when the stated value is not a number. */
  amount: number | null;
  unit: WorkloadUnit;
  raw: unknown;
}

/** Which controlled vocabulary a list of codes comes from (elements/vocabularies.ts). */
export type VocabularyId = 'edubadges' | 'educredentials' | 'elm' | 'free';

export interface Coded {
  codes: string[];
  vocabulary: VocabularyId;
}

export interface QualityAssurance {
  name: string | null;
  url: string | null;
}

export interface Supervision {
  supervised: boolean | null;
  idVerified: boolean | null;
  /** A label from a vocabulary (educredentials `supervisionType`, ELM concept), when given. */
  label: string | null;
}

export interface Grade {
  value: string;
  required: string | null;
}

/** What marks the credential as a microcredential, or as explicitly not one. */
export interface Marker {
  micro: boolean;
  /** e.g. `typeBadgeClass: regular`, `achievementType: MicroCredential`. */
  basis: string;
}

export interface QualityFacts {
  learner: Found<string> | null;
  title: Found<string> | null;
  country: Found<string> | null;
  awardingBody: Found<string> | null;
  issued: Found<string> | null;
  learningOutcomes: Found<string> | null;
  /** Every study load stated (edubadges may give ECTS and hours; ELM credit points and a duration). */
  workload: Found<Workload>[];
  level: Found<unknown> | null;
  /** edubadges `eqfNlqfLevelVerified`: the institution verified the level (edubadges.md §5). */
  levelVerified: boolean | null;
  assessment: Found<Coded> | null;
  participation: Found<Coded> | null;
  qualityAssurance: Found<QualityAssurance> | null;
  prerequisites: Found<string> | null;
  supervision: Found<Supervision> | null;
  grade: Found<Grade> | null;
  stackable: Found<boolean> | null;
  furtherInformation: Found<string> | null;
  marker: Found<Marker> | null;
  /** The institution's BRIN, as the credential states it. */
  brin: Found<string> | null;
  /** The institution's name as the credential (or the platform serving it) states it. */
  institutionName: string | null;
}

export function emptyFacts(): QualityFacts {
  return {
    learner: null, title: null, country: null, awardingBody: null, issued: null, learningOutcomes: null,
    workload: [], level: null, levelVerified: null, assessment: null, participation: null, qualityAssurance: null,
    prerequisites: null, supervision: null, grade: null, stackable: null, furtherInformation: null, marker: null,
    brin: null, institutionName: null,
  };
}

/** A found value, or null when the value is absent or an empty string. */
export function found<T>(value: T | null | undefined, source: string): Found<T> | null {
  if(value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  return {value, source};
}
