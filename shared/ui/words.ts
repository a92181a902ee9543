import type {Lang} from '../types.js';

/**
 * Every word the shared components show that does not come worded from the core (the core
 * words verdicts, checks, messages and summaries). Dutch uses "je" and the glossary's terms.
 */
const EN = {
  issuedBy: 'Issued by',
  recognisedBy: 'recognised by',
  issued: 'Issued',
  validUntil: 'Valid until',
  noEndDate: 'No end date',
  untitled: 'Untitled credential',
  unknownIssuer: 'unknown issuer',
  checks: 'What was checked',
  quality: 'Quality framework',
  euElements: 'EU standard elements for microcredentials',
  required: 'Required',
  optional: 'Optional',
  missing: 'missing',
  invalidValue: 'not usable',
  requiredCount: (have: number, of: number) => `${have} of ${of} required elements present`,
  frameworkConformant: 'meets the framework rules',
  frameworkNonConformant: 'does not meet every framework rule',
  microcredential: 'microcredential',
  microUnder: (framework: string) => `microcredential under the ${framework} framework`,
  microShort: (framework: string) => `microcredential · ${framework} framework`,
  notMicro: 'This credential does not claim to be a microcredential.',
  course: 'Course information',
  courseNote: 'This page describes a course and what it leads to. It is not an award to a person, so there is nothing to verify.',
  technical: 'technical details',
  format: 'Format',
  input: 'Input',
  code: 'code',
  credentialImage: 'Credential image',
  size: 'Size',
  level: 'Level',
  ruleStatus: {pass: 'met', fail: 'not met', warn: 'attention', info: 'note'},
} as const;

type Words = {[K in keyof typeof EN]: typeof EN[K] extends (...args: infer A) => string ? (...args: A) => string :
  typeof EN[K] extends string ? string : {[R in keyof typeof EN[K]]: string}};

const NL: Words = {
  issuedBy: 'Uitgegeven door',
  recognisedBy: 'erkend door',
  issued: 'Uitgegeven op',
  validUntil: 'Geldig tot',
  noEndDate: 'Geen einddatum',
  untitled: 'Certificaat zonder titel',
  unknownIssuer: 'onbekende uitgever',
  checks: 'Wat is gecontroleerd',
  quality: 'Kwaliteitskader',
  euElements: 'EU-standaardelementen voor microcredentials',
  required: 'Verplicht',
  optional: 'Optioneel',
  missing: 'ontbreekt',
  invalidValue: 'niet bruikbaar',
  requiredCount: (have, of) => `${have} van de ${of} verplichte elementen aanwezig`,
  frameworkConformant: 'voldoet aan de regels van het kader',
  frameworkNonConformant: 'voldoet niet aan alle regels van het kader',
  microcredential: 'microcredential',
  microUnder: framework => `microcredential volgens het kwaliteitskader ${framework}`,
  microShort: framework => `microcredential · kwaliteitskader ${framework}`,
  notMicro: 'Dit certificaat zegt geen microcredential te zijn.',
  course: 'Informatie over de opleiding',
  courseNote: 'Dit beschrijft een opleiding en waartoe die leidt. Het is geen uitreiking aan een persoon, dus er valt niets te verifiëren.',
  technical: 'technische details',
  format: 'Formaat',
  input: 'Invoer',
  code: 'code',
  credentialImage: 'Afbeelding van het certificaat',
  size: 'Omvang',
  level: 'Niveau',
  ruleStatus: {pass: 'voldaan', fail: 'niet voldaan', warn: 'let op', info: 'ter info'},
};

export const UI_WORDS: Record<Lang, Words> = {en: EN, nl: NL};

/** The 16 EU standard elements (Council Recommendation 2022/C 243/02, Annex I), by report id. */
export const ELEMENT_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    'EU-M1': 'Identification of the learner', 'EU-M2': 'Title', 'EU-M3': 'Country of the issuer',
    'EU-M4': 'Awarding body', 'EU-M5': 'Date of issue', 'EU-M6': 'Learning outcomes', 'EU-M7': 'Study load',
    'EU-M8': 'Level', 'EU-M9': 'Type of assessment', 'EU-M10': 'Form of participation', 'EU-M11': 'Quality assurance',
    'EU-O1': 'Prerequisites', 'EU-O2': 'Supervision and identity check', 'EU-O3': 'Grade achieved',
    'EU-O4': 'Stackability', 'EU-O5': 'Further information',
  },
  nl: {
    'EU-M1': 'Identificatie van de lerende', 'EU-M2': 'Titel', 'EU-M3': 'Land van de uitgever',
    'EU-M4': 'Uitgevende instelling', 'EU-M5': 'Datum van uitgifte', 'EU-M6': 'Leeruitkomsten', 'EU-M7': 'Studielast',
    'EU-M8': 'Niveau', 'EU-M9': 'Toetsvorm', 'EU-M10': 'Vorm van deelname', 'EU-M11': 'Kwaliteitsborging',
    'EU-O1': 'Toelatingseisen', 'EU-O2': 'Toezicht en identiteitscontrole', 'EU-O3': 'Behaald resultaat',
    'EU-O4': 'Stapelbaarheid', 'EU-O5': 'Verdere informatie',
  },
};

/** Short names of the Dutch frameworks (glossary: "kwaliteitskader hbo/wo"). */
export const FRAMEWORK_NAMES: Record<string, string> = {'nl-hbo-wo': 'hbo/wo', 'nl-mbo': 'mbo'};

export const elementName = (id: string, lang: Lang): string => ELEMENT_NAMES[lang][id] ?? id;
