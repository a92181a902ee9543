import {text, type Text} from '../../i18n/text.js';

/**
 * Controlled vocabularies for type of assessment (EU-M9), form of participation (EU-M10) and
 * supervision (EU-O2), with plain wording. Sources: edubadges codes since 2024-05 and before
 * (edubadges.md §5), educredentials enums (edubadges.md §8), ELM concepts (standards.md §2.1.2).
 */
export const ASSESSMENT: Record<string, Text> = {
  // edubadges (OB 2.0 `assessmentType`); `oram_exam` is the platform's spelling of oral exam.
  written_exam: text('written exam', 'schriftelijk tentamen'),
  report_paper: text('report or paper', 'verslag of paper'),
  behavioural_assessment: text('behavioural assessment', 'gedragsassessment'),
  professional_product: text('professional product', 'beroepsproduct'),
  development_report: text('development report', 'ontwikkelverslag'),
  portfolio_assessment: text('portfolio assessment', 'portfoliobeoordeling'),
  oram_exam: text('oral exam', 'mondeling tentamen'),
  personalized_assessment: text('personalised assessment', 'gepersonaliseerde toetsing'),
  knowledge_test: text('knowledge test', 'kennistoets'),
  application_skill: text('application of a skill', 'toepassing van een vaardigheid'),
  recognition_acquired_competences: text('prior learning (RPL)', 'eerder verworven competenties (EVC)'),
  // educredentials OB 3.0 `assessmentType` = the draft Annex I examples (standards.md §1.1).
  testing: text('testing', 'toetsing'),
  'application of a skill': text('application of a skill', 'toepassing van een vaardigheid'),
  portfolio: text('portfolio', 'portfolio'),
  'recognition of prior learning': text('prior learning (RPL)', 'eerder verworven competenties (EVC)'),
};

export const PARTICIPATION: Record<string, Text> = {
  online: text('online', 'online'),
  onsite: text('on site', 'op locatie'),
  blended: text('blended', 'gemengd (blended)'),
  work_experience: text('work experience', 'werkervaring'),
  organized: text('organised learning', 'georganiseerd leren'),
  personalized: text('personalised learning', 'gepersonaliseerd leren'),
  practical: text('practical', 'praktijk'),
  voluntary_work: text('voluntary work', 'vrijwilligerswerk'),
  'onsite or blended': text('on site or blended', 'op locatie of gemengd'),
  volunteering: text('volunteering', 'vrijwilligerswerk'),
  'work experience': text('work experience', 'werkervaring'),
  'personalized learning activities': text('personalised learning activities', 'gepersonaliseerde leeractiviteiten'),
  // ELM `learning-assessment` mode concepts, by URI suffix and label.
  '920fbb3cbe': text('online', 'online'), 'e92d221e4d': text('blended', 'gemengd (blended)'),
  '9191af2ed9': text('on site', 'op locatie'), '729f3bed4b': text('work-based', 'werkend leren'),
  '7813801c77': text('project based', 'projectgebaseerd'), 'ed4c557045': text('research-lab based', 'in een onderzoekslab'),
  presential: text('on site', 'op locatie'), 'work-based': text('work-based', 'werkend leren'), workbased: text('work-based', 'werkend leren'),
  'project based': text('project based', 'projectgebaseerd'), 'research-lab based': text('research-lab based', 'in een onderzoekslab'),
};

/** Annex I O2 scale and the labels in circulation (educredentials `supervisionType`, ELM `supervision-verification`). */
export const SUPERVISION: Record<string, Text> = {
  'unsupervised with no identity verification': text('unsupervised, no identity check', 'zonder toezicht, geen identiteitscontrole'),
  'supervised with no identity verification': text('supervised, no identity check', 'onder toezicht, geen identiteitscontrole'),
  'supervised online': text('supervised online', 'online toezicht'),
  'onsite with identity verification': text('supervised on site with identity check', 'toezicht op locatie met identiteitscontrole'),
  '70be69aaf9': text('supervised with identity check', 'onder toezicht met identiteitscontrole'),
  c598449d64: text('unsupervised, no identity check', 'zonder toezicht, geen identiteitscontrole'),
  df2880c5cb: text('unsupervised, with identity check', 'zonder toezicht, met identiteitscontrole'),
  '44314532f9': text('identity check', 'identiteitscontrole'),
};

/** The wording of a code, matched case-insensitively and by concept-URI suffix; null when unknown. */
export function lookup(table: Record<string, Text>, code: string): Text | null {
  const key = code.trim().toLowerCase();
  const suffix = key.split('/').pop() ?? key;
  return table[key] ?? table[suffix] ?? table[key.replace(/[-\s]+/g, ' ')] ?? null;
}

/** edubadges' two booleans on the Annex I scale (edubadges.md §5 "Supervision display"). */
export function supervisionFromFlags(supervised: boolean | null, idVerified: boolean | null): Text {
  if(supervised === null) {
    return idVerified ? text('identity checked', 'identiteit gecontroleerd') : text('identity not checked', 'identiteit niet gecontroleerd');
  }
  if(supervised) {
    return idVerified ? text('supervised with identity check', 'onder toezicht met identiteitscontrole') : SUPERVISION['supervised with no identity verification'];
  }
  return idVerified ? SUPERVISION.df2880c5cb : SUPERVISION['unsupervised with no identity verification'];
}
