import type {Lang} from '../types.js';
import type {Found, Workload} from './facts.js';

/** 1 EC = 28 study hours in the Netherlands: WHW art. 7.4 lid 1, 60 EC = 1680 h (standards.md §3.2 [S13]). */
export const HOURS_PER_EC = 28;

/** A study load in EC, and how it was obtained. */
export interface InEc {
  ec: number;
  /** Converted from hours (or SBU) at 28 h per EC, not stated in EC. */
  converted: boolean;
  from: Found<Workload>;
}

/** A study load in SBU (study hours, mbo), and how it was obtained. */
export interface InSbu {
  sbu: number;
  converted: boolean;
  from: Found<Workload>;
}

const usable = (load: Found<Workload>) => load.value.amount !== null && load.value.amount > 0;

/** EC as stated, else hours or SBU converted (standards.md §3.3 NL-HW-SIZE: "EC from ECTS, or hours/28"). */
export function inEc(loads: Found<Workload>[]): InEc | null {
  const ec = loads.find(load => usable(load) && load.value.unit === 'EC');
  if(ec) {
    return {ec: ec.value.amount!, converted: false, from: ec};
  }
  const hours = loads.find(load => usable(load) && (load.value.unit === 'hours' || load.value.unit === 'SBU'));
  return hours ? {ec: hours.value.amount! / HOURS_PER_EC, converted: true, from: hours} : null;
}

/** SBU as stated (1 SBU = 1 hour), else hours, else EC converted at 28 h (NL-MBO-SIZE, NL-MBO-UNIT). */
export function inSbu(loads: Found<Workload>[]): InSbu | null {
  const hours = loads.find(load => usable(load) && load.value.unit === 'SBU') ??
    loads.find(load => usable(load) && load.value.unit === 'hours');
  if(hours) {
    return {sbu: hours.value.amount!, converted: false, from: hours};
  }
  const ec = loads.find(load => usable(load) && load.value.unit === 'EC');
  return ec ? {sbu: ec.value.amount! * HOURS_PER_EC, converted: true, from: ec} : null;
}

/**
 * A free-text study time (EU wallet `expected_study_time`): "5 ECTS", "140 hours", "240 SBU",
 * "PT140H". Anything else keeps unit `unknown`.
 */
export function parseStudyTime(text: string): Workload {
  const duration = /^P(?:\d+D)?T(\d+(?:\.\d+)?)H$/i.exec(text.trim());
  if(duration) {
    return {amount: Number(duration[1]), unit: 'hours', raw: text};
  }
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(ECTS|EC|SBU|h|hrs|hours?|uur|uren)\.?\s*$/i.exec(text);
  if(!match) {
    return {amount: null, unit: 'unknown', raw: text};
  }
  const unit = /^ec/i.test(match[2]) ? 'EC' : /^sbu$/i.test(match[2]) ? 'SBU' : 'hours';
  return {amount: Number(match[1].replace(',', '.')), unit, raw: text};
}

/** A number as people write it: at most two decimals, decimal comma in Dutch. */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === 'nl' ? String(rounded).replace('.', ',') : String(rounded);
}

/** "5 EC", "240 SBU", "84 hours" / "84 uur". */
export function formatLoad(amount: number, unit: Workload['unit'], lang: Lang): string {
  const names: Record<Workload['unit'], [string, string]> = {EC: ['EC', 'EC'], SBU: ['SBU', 'SBU'], hours: ['hours', 'uur'], unknown: ['', '']};
  const name = names[unit][lang === 'nl' ? 1 : 0];
  return `${formatNumber(amount, lang)}${name ? ` ${name}` : ''}`;
}
