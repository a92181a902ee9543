import type {Credential} from '../../credential.js';
import {asArray} from '../../util/json.js';
import {emptyFacts, found, type QualityFacts} from '../facts.js';
import {parseStudyTime} from '../units.js';
import {bool, str} from './json-path.js';
import {EUDI_LEARNING_VCT} from './vct.js';

export {EUDI_LEARNING_VCT};

/** DC4EU's OB3-shaped micro-credential SD-JWT VC (standards.md §2.3.2, 4). */
export const DC4EU_MICRO_VCT = 'urn:eudi:micro_credential:1';

const list = (value: unknown): string | null => {
  const texts = asArray(value).map(str).filter(Boolean);
  return texts.length ? texts.join('; ') : null;
};

/**
 * The EU wallet's SD-JWT learning credential (standards.md §1.3 "EUDI SD-JWT claim" column,
 * §2.4): flat disclosed claims. Undisclosed claims are simply absent, so they read as missing.
 */
export function readEudi(credential: Credential): QualityFacts {
  const claims = credential.parts.credential ?? credential.document;
  const facts = emptyFacts();
  const learner = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ') || str(claims.learner_identification);
  facts.learner = found(learner, claims.family_name ? 'family_name' : 'learner_identification');
  facts.title = found(str(claims.achievement_title), 'achievement_title');
  facts.country = found(str(claims.issuing_country), 'issuing_country');
  facts.awardingBody = found(str(claims.issuing_authority), 'issuing_authority');
  const iat = typeof claims.iat === 'number' ? new Date(claims.iat * 1000).toISOString() : null;
  facts.issued = found(str(claims.date_of_issuance), 'date_of_issuance') ?? found(iat, 'iat');
  facts.learningOutcomes = found(list(claims.learning_outcomes), 'learning_outcomes');
  const studyTime = str(claims.expected_study_time);
  facts.workload = studyTime ? [{value: parseStudyTime(studyTime), source: 'expected_study_time'}] : [];
  facts.level = found(claims.level_of_learning_experience ?? null, 'level_of_learning_experience');
  const forms = asArray(claims.form_of_participation).map(str).filter((text): text is string => Boolean(text));
  facts.participation = forms.length ? {value: {codes: forms, vocabulary: 'free'}, source: 'form_of_participation'} : null;
  const qa = list(claims.types_of_quality_assurance);
  facts.qualityAssurance = qa ? {value: {name: qa, url: null}, source: 'types_of_quality_assurance'} : null;
  facts.prerequisites = found(list(claims.prerequisites_to_enroll), 'prerequisites_to_enroll');
  const verification = str(claims.evaluator_verification);
  facts.supervision = verification ? {value: {supervised: null, idVerified: null, label: verification}, source: 'evaluator_verification'} : null;
  const grade = str(claims.assessment_grade);
  facts.grade = grade ? {value: {value: grade, required: null}, source: 'assessment_grade'} : null;
  facts.stackable = found(bool(claims.integration_stackability_options), 'integration_stackability_options');
  facts.furtherInformation = found(str(claims.achievement_description), 'achievement_description');
  facts.marker = {value: {micro: true, basis: `vct ${str(claims.vct) ?? EUDI_LEARNING_VCT}`}, source: 'vct'};
  facts.institutionName = facts.awardingBody?.value ?? null;
  return facts;
}
