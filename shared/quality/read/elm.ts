import type {Credential} from '../../credential.js';
import {asArray, isRecord} from '../../util/json.js';
import {emptyFacts, found, type Found, type QualityFacts, type Workload} from '../facts.js';
import {bool, dig, langText, num, str} from './json-path.js';

const CLAIM = 'credentialSubject.hasClaim';
const SPEC = `${CLAIM}.specifiedBy`;
/** ELM `education-credit` scheme: ECTS (standards.md §2.1.2). */
const ECTS_CONCEPT = /6fcec5c5af$/;

/** A controlled-vocabulary Concept: its label, notation or URI (ELM v3). */
export function concept(value: unknown): string | null {
  return langText(dig(value, 'prefLabel')) ?? str(dig(value, 'notation')) ?? str(dig(value, 'id')) ?? str(value);
}

/**
 * European Learning Model v3 / EDC (standards.md §1.3 "ELM v3 / EDC" column, §2.1): the Person
 * in `credentialSubject`, its first LearningAchievement in `hasClaim`, and that achievement's
 * `specifiedBy` and `provenBy`.
 */
export function readElm(credential: Credential): QualityFacts {
  const document = credential.parts.credential ?? credential.document;
  const subject = isRecord(document.credentialSubject) ? document.credentialSubject : {};
  const claim = asArray(subject.hasClaim).find(isRecord) ?? {};
  const spec = isRecord(claim.specifiedBy) ? claim.specifiedBy : {};
  const proof = asArray(claim.provenBy).find(isRecord) ?? {};
  const body = asArray(dig(claim, 'awardedBy', 'awardingBody')).find(isRecord);
  const facts = emptyFacts();
  facts.learner = found(langText(subject.fullName) ?? joinNames(subject), 'credentialSubject.fullName') ??
    found(str(dig(subject, 'nationalID', 'notation')) ?? str(dig(subject, 'identifier', 0, 'notation')), 'credentialSubject.identifier');
  facts.title = found(langText(claim.title), `${CLAIM}.title`) ?? found(langText(spec.title), `${SPEC}.title`);
  facts.country = countryOf(document.issuer, 'issuer') ?? countryOf(body, `${CLAIM}.awardedBy.awardingBody[0]`);
  facts.awardingBody = found(langText(body?.legalName), `${CLAIM}.awardedBy.awardingBody[0].legalName`) ??
    found(langText(dig(document.issuer, 'legalName')), 'issuer.legalName');
  facts.issued = ['issued', 'validFrom', 'issuanceDate'].map(key => found(str(document[key]), key)).find(Boolean) ??
    found(str(dig(claim, 'awardedBy', 'awardingDate')), `${CLAIM}.awardedBy.awardingDate`);
  facts.learningOutcomes = found(asArray(spec.learningOutcome).map(outcome => langText(dig(outcome, 'title'))).filter(Boolean).join('; '),
    `${SPEC}.learningOutcome[].title`) ?? found(langText(dig(spec, 'learningOutcomeSummary', 'noteLiteral') ?? spec.learningOutcomeSummary), `${SPEC}.learningOutcomeSummary`);
  facts.workload = workload(spec);
  facts.level = found(spec.eqfLevel === undefined ? null : concept(spec.eqfLevel), `${SPEC}.eqfLevel`);
  const assessment = [concept(dig(proof, 'specifiedBy', 'dcType')), langText(proof.title)].filter((text): text is string => Boolean(text));
  facts.assessment = assessment.length ? {value: {codes: assessment.slice(0, 1), vocabulary: 'elm'}, source: `${CLAIM}.provenBy[0]`} : null;
  const modes = asArray(spec.mode).map(concept).filter((text): text is string => Boolean(text));
  facts.participation = modes.length ? {value: {codes: modes, vocabulary: 'elm'}, source: `${SPEC}.mode`} : null;
  facts.qualityAssurance = accreditation(spec, body);
  facts.prerequisites = found(langText(dig(spec, 'entryRequirement', 'noteLiteral') ?? spec.entryRequirement), `${SPEC}.entryRequirement`);
  facts.supervision = proof.idVerification === undefined ? null :
    {value: {supervised: null, idVerified: null, label: concept(proof.idVerification)}, source: `${CLAIM}.provenBy[0].idVerification`};
  const grade = langText(dig(proof, 'grade', 'noteLiteral') ?? proof.grade);
  facts.grade = grade ? {value: {value: grade, required: null}, source: `${CLAIM}.provenBy[0].grade`} : null;
  facts.stackable = found(bool(spec.isPartialQualification), `${SPEC}.isPartialQualification`);
  facts.furtherInformation = found(langText(dig(document, 'additionalNote', 0, 'noteLiteral') ?? dig(claim, 'additionalNote', 0, 'noteLiteral')), 'additionalNote') ??
    found(str(dig(spec, 'homepage', 0, 'contentURL') ?? dig(spec, 'homepage', 'contentURL')), `${SPEC}.homepage`);
  facts.institutionName = facts.awardingBody?.value ?? null;
  return facts;
}

function joinNames(subject: Record<string, unknown>): string | null {
  const names = [langText(subject.givenName), langText(subject.familyName)].filter(Boolean);
  return names.length ? names.join(' ') : null;
}

/** `location[].address.countryCode`: a Concept of the EU country authority table (…/country/NLD). */
function countryOf(organisation: unknown, path: string): Found<string> | null {
  // ELM lets `location` and `address` be one object or an array of them.
  const address = asArray(dig(asArray(dig(organisation, 'location')).find(isRecord), 'address')).find(isRecord);
  const code = dig(address, 'countryCode');
  return found(str(dig(code, 'id')) ?? str(dig(code, 'notation')) ?? str(code), `${path}.location[0].address.countryCode`);
}

/** `creditPoint[]{framework, point}` (ECTS concept → EC) and `volumeOfLearning` (ISO 8601 duration, hours). */
function workload(spec: Record<string, unknown>): Found<Workload>[] {
  const stated: Found<Workload>[] = asArray(spec.creditPoint).filter(isRecord).map((credit, index) => {
    const framework = str(dig(credit.framework, 'id')) ?? str(credit.framework) ?? concept(credit.framework) ?? '';
    const unit: Workload['unit'] = ECTS_CONCEPT.test(framework) || /\bECTS\b/i.test(concept(credit.framework) ?? '') ? 'EC' : 'unknown';
    return {value: {amount: num(credit.point), unit, raw: credit.point}, source: `${SPEC}.creditPoint[${index}].point`};
  });
  const duration = str(spec.volumeOfLearning);
  const hours = duration && /^PT(\d+(?:\.\d+)?)H$/.exec(duration);
  if(duration) {
    stated.push({value: {amount: hours ? Number(hours[1]) : null, unit: 'hours', raw: duration}, source: `${SPEC}.volumeOfLearning`});
  }
  return stated;
}

/** Accreditation of the specification or the awarding body (standards.md §1.3 M11, §2.1.4). */
function accreditation(spec: Record<string, unknown>, body: Record<string, unknown> | undefined): QualityFacts['qualityAssurance'] {
  for(const [path, holder] of [[SPEC, spec], [`${CLAIM}.awardedBy.awardingBody[0]`, body]] as const) {
    const record = asArray(holder?.accreditation).find(isRecord);
    if(record) {
      return {value: {name: langText(record.title) ?? concept(record.dcType), url: str(record.landingPage) ?? str(record.id)},
        source: `${path}.accreditation[0]`};
    }
  }
  return null;
}
