import type {Credential} from '../../credential.js';
import {asArray, isRecord, stringsOf} from '../../util/json.js';
import {emptyFacts, found, type Found, type QualityFacts, type Workload} from '../facts.js';
import {frameworkNamed} from '../frameworks/versions.js';
import {bool, dig, num, str} from './json-path.js';
import {competencyAlignments, eqfAlignment, qaAlignment} from './ob3-alignments.js';
import {ob3Issuer} from './ob3-issuer.js';

const ACH = 'credentialSubject.achievement';

/**
 * Open Badges 3.0 in the encodings in circulation (standards.md §1.3 "OB 3.0" column, §2.3.2):
 * plain OB 3.0, the educredentials examples (EducredentialAchievement: ECTS/SBU/timeInvestment,
 * assessmentType, participationType, supervisionType), the edubadges server variant (non-namespaced
 * `ECTS`, `participationType`) and the wiki model (`creditsAvailable`, EdubadgesAchievement). Fields
 * are read at JSON level, never through JSON-LD (§2.2, the contexts have typos).
 */
export function readOb3(credential: Credential): QualityFacts {
  const document = credential.parts.credential ?? credential.document;
  const subject = asArray(document.credentialSubject).find(isRecord) ?? {};
  const achievement = isRecord(subject.achievement) ? subject.achievement : {};
  const facts = {...emptyFacts(), ...ob3Issuer(document, achievement)};
  facts.learner = learner(subject);
  facts.title = found(str(achievement.name), `${ACH}.name`) ?? found(str(document.name), 'name');
  facts.issued = found(str(document.validFrom), 'validFrom') ?? found(str(document.issuanceDate), 'issuanceDate') ??
    found(str(subject.awardedDate ?? document.awardedDate), 'awardedDate');
  facts.learningOutcomes = found(str(achievement.learningOutcome ?? achievement.learningOutcomes), `${ACH}.learningOutcome`) ??
    competencyAlignments(achievement) ?? found(str(dig(achievement, 'criteria', 'narrative')), `${ACH}.criteria.narrative`);
  facts.workload = workload(achievement);
  facts.level = eqfAlignment(achievement);
  facts.assessment = coded(achievement.assessmentType, `${ACH}.assessmentType`);
  facts.participation = coded(achievement.participationType, `${ACH}.participationType`);
  facts.qualityAssurance = qaAlignment(achievement);
  facts.supervision = supervision(achievement);
  facts.grade = grade(subject, achievement);
  facts.furtherInformation = found(str(achievement.description), `${ACH}.description`) ??
    found(stringsOf(achievement.tag).join(', '), `${ACH}.tag`);
  facts.marker = marker(document, achievement, facts);
  return facts;
}

/** OB 3.0 §B.1.x: a subject `id`, or an IdentityObject in `identifier[]`. */
function learner(subject: Record<string, unknown>): Found<string> | null {
  const id = str(subject.id);
  if(id) {
    return {value: id, source: 'credentialSubject.id'};
  }
  const identifier = asArray(subject.identifier).find(isRecord);
  const type = identifier && str(identifier.identityType);
  return identifier && str(identifier.identityHash) ?
    {value: `${type ?? 'identifier'}${identifier.hashed === true ? ' (hashed)' : ''}`, source: 'credentialSubject.identifier[0]'} : null;
}

/** Study load: `ECTS` (EC), `SBU`, `timeInvestment` (hours); `creditsAvailable` has no unit in OB 3.0 (§2.2). */
function workload(achievement: Record<string, unknown>): Found<Workload>[] {
  const keys: [string, Workload['unit']][] = [['ECTS', 'EC'], ['SBU', 'SBU'], ['timeInvestment', 'hours'], ['TimeInvestment', 'hours']];
  const stated = keys.filter(([key]) => achievement[key] !== undefined && achievement[key] !== null)
    .map(([key, unit]) => ({value: {amount: num(achievement[key]), unit, raw: achievement[key]}, source: `${ACH}.${key}`}));
  if(stated.length === 0 && achievement.creditsAvailable !== undefined) {
    // The edubadges wiki model maps ECTS to creditsAvailable, marked by the EdubadgesAchievement type.
    const unit = stringsOf(achievement.type).includes('EdubadgesAchievement') ? 'EC' : 'unknown';
    stated.push({value: {amount: num(achievement.creditsAvailable), unit, raw: achievement.creditsAvailable}, source: `${ACH}.creditsAvailable`});
  }
  return stated;
}

function coded(value: unknown, source: string): QualityFacts['assessment'] {
  const list = asArray(value).flatMap(entry => typeof entry === 'string' ? entry.split(',') : []).map(code => code.trim()).filter(Boolean);
  return list.length ? {value: {codes: list, vocabulary: 'educredentials'}, source} : null;
}

function supervision(achievement: Record<string, unknown>): QualityFacts['supervision'] {
  const label = str(achievement.supervisionType);
  const idVerified = bool(achievement.identityChecked);
  return label === null && idVerified === null ? null :
    {value: {supervised: null, idVerified, label}, source: `${ACH}.${label ? 'supervisionType' : 'identityChecked'}`};
}

/** `result[]` against the achievement's `resultDescription[]` (requiredValue), OB 3.0 §B.1.19. */
function grade(subject: Record<string, unknown>, achievement: Record<string, unknown>): QualityFacts['grade'] {
  const result = asArray(subject.result).find(isRecord);
  const value = result && str(result.value);
  if(!result || !value) {
    return null;
  }
  const description = asArray(achievement.resultDescription).filter(isRecord)
    .find(entry => entry.id === result.resultDescription) ?? null;
  return {value: {value, required: description && str(description.requiredValue)}, source: 'credentialSubject.result[0].value'};
}

/** achievementType MicroCredential (OB 3.0 enum), a microcredential schema (educredentials), or a framework named as QA. */
function marker(document: Record<string, unknown>, achievement: Record<string, unknown>, facts: QualityFacts): QualityFacts['marker'] {
  const type = str(achievement.achievementType);
  if(type && /^(ext:)?Micro-?Credential$/i.test(type)) {
    return {value: {micro: true, basis: `achievementType: ${type}`}, source: `${ACH}.achievementType`};
  }
  const schemas = asArray(document.credentialSchema).map(schema => str(dig(schema, 'id')) ?? '');
  const index = schemas.findIndex(id => /microcredential[^/]*\.json$/i.test(id));
  if(index >= 0) {
    return {value: {micro: true, basis: `credentialSchema ${schemas[index].split('/').pop()}`}, source: `credentialSchema[${index}].id`};
  }
  const qa = facts.qualityAssurance;
  return qa && frameworkNamed(qa.value.name, qa.value.url) ? {value: {micro: true, basis: 'quality assurance names a Dutch framework'}, source: qa.source} : null;
}
