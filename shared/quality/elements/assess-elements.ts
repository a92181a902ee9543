import type {ElementStatus, QualityElement} from '../../types.js';
import type {Coded, Found, QualityFacts} from '../facts.js';
import {isEqfLevel, parseEqf} from '../levels.js';
import {formatNumber} from '../units.js';
import {isoCountry} from './country.js';
import {ELEMENT_IDS, type ElementId} from './ids.js';
import {ASSESSMENT, lookup, PARTICIPATION, SUPERVISION, supervisionFromFlags} from './vocabularies.js';

type Verdict = {status: ElementStatus; value: string} | null;
const MAX_VALUE = 500; // long Markdown (learning outcomes, descriptions) is cut for the report

/** ISO 8601 date or date-time (standards.md §1.3 M5 "V ISO-8601"). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const present = (value: string): Verdict => ({status: 'present', value: value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value});
const invalid = (value: string): Verdict => ({status: 'invalid', value});
const plain = (hit: Found<string> | null): Verdict => hit && present(hit.value);

/**
 * The mechanical checks of standards.md §1.3, one per element: presence (P), and for some a
 * vocabulary or range (V). Human-judgement parts (H) are never scored.
 */
const CHECKS: Record<ElementId, (facts: QualityFacts) => [Verdict, string | null]> = {
  'EU-M1': facts => [plain(facts.learner), facts.learner?.source ?? null],
  'EU-M2': facts => [plain(facts.title), facts.title?.source ?? null],
  'EU-M3': facts => [facts.country && (isoCountry(facts.country.value) ? present(isoCountry(facts.country.value)!) : invalid(facts.country.value)),
    facts.country?.source ?? null],
  'EU-M4': facts => [plain(facts.awardingBody), facts.awardingBody?.source ?? null],
  'EU-M5': facts => [facts.issued && (ISO_DATE.test(facts.issued.value) && !Number.isNaN(Date.parse(facts.issued.value)) ?
    present(facts.issued.value) : invalid(facts.issued.value)), facts.issued?.source ?? null],
  'EU-M6': facts => [plain(facts.learningOutcomes), facts.learningOutcomes?.source ?? null],
  'EU-M7': facts => workload(facts),
  'EU-M8': facts => [facts.level && level(facts.level.value), facts.level?.source ?? null],
  'EU-M9': facts => [facts.assessment && coded(facts.assessment.value, ASSESSMENT), facts.assessment?.source ?? null],
  'EU-M10': facts => [facts.participation && coded(facts.participation.value, PARTICIPATION), facts.participation?.source ?? null],
  'EU-M11': facts => [facts.qualityAssurance && present([facts.qualityAssurance.value.name, facts.qualityAssurance.value.url && `(${facts.qualityAssurance.value.url})`]
    .filter(Boolean).join(' ')), facts.qualityAssurance?.source ?? null],
  'EU-O1': facts => [plain(facts.prerequisites), facts.prerequisites?.source ?? null],
  'EU-O2': facts => [facts.supervision && supervision(facts.supervision.value), facts.supervision?.source ?? null],
  'EU-O3': facts => [facts.grade && grade(facts.grade.value), facts.grade?.source ?? null],
  'EU-O4': facts => [facts.stackable && present(facts.stackable.value ? 'stackable' : 'stand-alone'), facts.stackable?.source ?? null],
  'EU-O5': facts => [plain(facts.furtherInformation), facts.furtherInformation?.source ?? null],
};

export function assessElements(facts: QualityFacts): QualityElement[] {
  return ELEMENT_IDS.map(id => {
    const [verdict, source] = CHECKS[id](facts);
    return verdict ? {id, status: verdict.status, value: verdict.value, source} : {id, status: 'missing', value: null, source: null};
  });
}

/** M7 "V numeric > 0 with a known unit" (standards.md §1.3). */
function workload(facts: QualityFacts): [Verdict, string | null] {
  const loads = facts.workload;
  if(loads.length === 0) {
    return [null, null];
  }
  const good = loads.filter(load => load.value.amount !== null && load.value.amount > 0 && load.value.unit !== 'unknown');
  const shown = (good.length ? good : loads).map(load => load.value.amount !== null ?
    `${formatNumber(load.value.amount, 'en')}${load.value.unit === 'unknown' ? ' (unit not stated)' : ` ${load.value.unit === 'hours' ? 'h' : load.value.unit}`}` :
    String(load.value.raw)).join('; ');
  return [good.length ? present(shown) : invalid(shown), (good[0] ?? loads[0]).source];
}

/** M8 "V integer 1..8 / EQF URI" (standards.md §1.3). */
function level(raw: unknown): Verdict {
  const eqf = parseEqf(raw);
  return isEqfLevel(eqf) ? present(`EQF ${eqf}`) : invalid(String(raw));
}

/** M9, M10 "V in a known vocabulary"; free-text claims (EU wallet) count as present. */
function coded(value: Coded, table: typeof ASSESSMENT): Verdict {
  const shown = value.codes.join(', ');
  if(value.vocabulary === 'free') {
    return present(shown);
  }
  return value.codes.some(code => lookup(table, code)) ? present(shown) : invalid(shown);
}

function supervision(value: NonNullable<QualityFacts['supervision']>['value']): Verdict {
  if(value.label) {
    return lookup(SUPERVISION, value.label) ? present(value.label) : invalid(value.label);
  }
  return present(supervisionFromFlags(value.supervised, value.idVerified).en);
}

/** O3 "X if requiredValue given, value ≥ requiredValue (numeric scales only)". */
function grade(value: NonNullable<QualityFacts['grade']>['value']): Verdict {
  const shown = value.required ? `${value.value} (required ${value.required})` : value.value;
  const [got, needed] = [Number(value.value.replace(',', '.')), Number(value.required?.replace(',', '.'))];
  return value.required && Number.isFinite(got) && Number.isFinite(needed) && got < needed ? invalid(shown) : present(shown);
}
