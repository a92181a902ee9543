import type {Lang} from '../../types.js';
import type {ElementId} from '../elements/ids.js';

/** The EU standard elements in plain words (glossary.md "Checks and quality words"; standards.md §1.1). */
const LABELS: Record<Lang, Record<ElementId, string>> = {
  en: {
    'EU-M1': 'learner', 'EU-M2': 'title', 'EU-M3': 'country of the issuer', 'EU-M4': 'awarding body', 'EU-M5': 'date of issue',
    'EU-M6': 'learning outcomes', 'EU-M7': 'study load', 'EU-M8': 'level', 'EU-M9': 'type of assessment',
    'EU-M10': 'form of participation', 'EU-M11': 'quality assurance', 'EU-O1': 'entry requirements',
    'EU-O2': 'supervision and identity check', 'EU-O3': 'grade', 'EU-O4': 'stackability', 'EU-O5': 'further information',
  },
  nl: {
    'EU-M1': 'lerende', 'EU-M2': 'titel', 'EU-M3': 'land van de uitgever', 'EU-M4': 'uitgevende instelling', 'EU-M5': 'datum van uitgifte',
    'EU-M6': 'leeruitkomsten', 'EU-M7': 'studielast', 'EU-M8': 'niveau', 'EU-M9': 'toetsvorm',
    'EU-M10': 'vorm van deelname', 'EU-M11': 'kwaliteitsborging', 'EU-O1': 'toelatingseisen',
    'EU-O2': 'toezicht en identiteitscontrole', 'EU-O3': 'cijfer', 'EU-O4': 'stapelbaarheid', 'EU-O5': 'meer informatie',
  },
};

export function elementLabel(id: string, lang: Lang): string {
  return LABELS[lang][id as ElementId] ?? id;
}
