import {text, type Text} from '../i18n/text.js';
import {sectorOf} from '../trust/record.js';
import type {QualityFacts} from './facts.js';
import type {Standing} from './standing.js';

/** Which kind of Dutch institution issued it, and how we know. */
export interface Institution {
  kind: 'hbo' | 'wo' | 'mbo' | null;
  /** Inferred from the name or the study-load unit, not stated by a trust list. */
  inferred: boolean;
  basis: Text;
}

const UNIVERSITY = /(universiteit|university|universitair)/i;
const HOGESCHOOL = /(hogeschool|applied sciences|\bhbo\b|academie)/i;
const MBO = /(\bmbo\b|\broc\b|regionaal opleidingen|\baoc\b|vakschool|vakcollege)/i;

/**
 * Hogeschool, university or mbo school. A trust-list record's `sector` is taken as stated;
 * otherwise it is inferred — from the institution's name (a "University of Applied Sciences" is a
 * hogeschool), and else from the study-load unit (SBU is mbo's, edubadges.md §5) — and said to be
 * inferred, since edubadges does not publish the institution type (edubadges.md §4).
 */
export function institutionOf(facts: QualityFacts, standing: Standing): Institution {
  const [stated, list] = standing.kind === 'record' ? [standing.sector, standing.list] :
    standing.kind === 'platform' ? [sectorOf(standing.record), standing.recordList] : [null, null];
  if(stated) {
    return {kind: stated, inferred: false, basis: text(`as "${list}" states`, `volgens "${list}"`)};
  }
  const name = (standing.kind === 'platform' ? standing.institution : null) ?? facts.institutionName ?? facts.awardingBody?.value ?? null;
  if(name) {
    const kind = HOGESCHOOL.test(name) ? 'hbo' : UNIVERSITY.test(name) ? 'wo' : MBO.test(name) ? 'mbo' : null;
    if(kind) {
      return {kind, inferred: true, basis: text(`inferred from the name "${name}"`, `afgeleid uit de naam "${name}"`)};
    }
  }
  if(facts.workload.some(load => load.value.unit === 'SBU')) {
    return {kind: 'mbo', inferred: true, basis: text('inferred from the study load in SBU', 'afgeleid uit de studielast in SBU')};
  }
  return {kind: null, inferred: true, basis: text('not known', 'niet bekend')};
}

const KIND_NAMES: Record<NonNullable<Institution['kind']>, Text> = {
  hbo: text('a hogeschool (university of applied sciences)', 'een hogeschool'),
  wo: text('a university', 'een universiteit'),
  mbo: text('an mbo school', 'een mbo-instelling'),
};

export function kindName(kind: NonNullable<Institution['kind']>): Text {
  return KIND_NAMES[kind];
}
