import type {Text} from '../i18n/text.js';
import {text} from '../i18n/text.js';

/**
 * NLQF ↔ EQF (standards.md §3.2 [S28, S29]): NLQF 1–8 correspond to EQF 1–8; NLQF also has an
 * entry level ("instroomniveau") below 1, with no EQF level. Examples are the Dutch qualifications
 * at each level, for wording.
 */
const EXAMPLES: Record<number, Text> = {
  1: text('mbo entry level', 'mbo-1 (entreeopleiding)'),
  2: text('mbo level 2', 'mbo-2'),
  3: text('mbo level 3', 'mbo-3'),
  4: text('mbo level 4, havo, vwo', 'mbo-4, havo, vwo'),
  5: text('associate degree (some mbo-4 qualifications)', 'associate degree (sommige mbo-4-kwalificaties)'),
  6: text('bachelor', 'bachelor'),
  7: text('master', 'master'),
  8: text('doctorate', 'doctoraat'),
};

/** The NLQF level for an EQF level (1:1 for 1–8), or null outside 1–8. */
export function nlqfForEqf(eqf: number): number | null {
  return Number.isInteger(eqf) && eqf >= 1 && eqf <= 8 ? eqf : null;
}

/** The EQF level for an NLQF level; the NLQF entry level has none. */
export function eqfForNlqf(nlqf: number | 'entry'): number | null {
  return nlqf === 'entry' ? null : nlqfForEqf(nlqf);
}

export function levelExamples(eqf: number): Text | null {
  return EXAMPLES[eqf] ?? null;
}

/**
 * An EQF level from what credentials write: `6`, `"6"`, `"EQF 6"`, `"EQF level 6"`,
 * `"http://data.europa.eu/snb/eqf/6"`, `6.0`. Returns the number even when it is out of
 * range (EQF 0, 9, 3.5), so the element can be reported `invalid` with what was written.
 */
export function parseEqf(value: unknown): number | null {
  if(typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if(typeof value !== 'string') {
    return null;
  }
  const uri = /data\.europa\.eu\/snb\/eqf\/(\d+)\/?$/.exec(value);
  const plain = /^\s*(?:EQF(?:[ -]?(?:level|niveau))?\s*)?(-?\d+(?:[.,]\d+)?)\s*$/i.exec(value);
  const found = uri?.[1] ?? plain?.[1];
  return found === undefined ? null : Number(found.replace(',', '.'));
}

/** EQF levels are whole numbers 1–8 (standards.md §1.3 M8: "V integer 1..8"). */
export function isEqfLevel(level: number | null): level is number {
  return level !== null && nlqfForEqf(level) !== null;
}
