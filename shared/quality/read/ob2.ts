import type {Credential} from '../../credential.js';
import {asArray, isRecord} from '../../util/json.js';
import {emptyFacts, found, type Found, type QualityAssurance, type QualityFacts, type Workload} from '../facts.js';
import {isLegacyFrameworkAlignment} from '../frameworks/versions.js';
import {bool, codes, dig, num, str} from './json-path.js';
import {extension} from './ob2-extensions.js';

/**
 * Open Badges 2.0 as edubadges serves it (standards.md §1.3 "edubadges OB2" column; edubadges.md
 * §2–§7): assertion, badge class (with the non-OB micro fields of `?expand=badge` / `?expand=micro`)
 * and issuer (with the institution extensions). Works for any OB 2.0 badge; edubadges-only fields
 * are simply absent elsewhere.
 */
export function readOb2(credential: Credential): QualityFacts {
  const {assertion, badgeClass, issuer} = credential.parts;
  const docs: [string, Record<string, unknown> | undefined][] = [['badgeClass', badgeClass], ['assertion', assertion]];
  const facts = emptyFacts();
  const institution = str(extension([['issuer', issuer]], 'InstitutionNameExtension', 'InstitutionName')?.value) ??
    str(dig(issuer, 'faculty', 'institution', 'name'));
  facts.learner = learner(assertion);
  facts.title = found(str(badgeClass?.name), 'badgeClass.name');
  facts.country = text(extension([['issuer', issuer]], 'InstitutionCountryExtension', 'InstitutionCountry'));
  facts.awardingBody = institution ? {value: institution, source: institutionSource(issuer)} : found(str(issuer?.name), 'issuer.name');
  facts.issued = found(str(assertion?.issuedOn), 'assertion.issuedOn');
  facts.learningOutcomes = text(extension(docs, 'LearningOutcomeExtension', 'LearningOutcome'));
  facts.workload = workload(docs);
  facts.level = extension(docs, 'EQFExtension', 'EQF', ['NiveauExtension']);
  facts.levelVerified = bool(badgeClass?.eqfNlqfLevelVerified);
  const assessment = codes(badgeClass?.assessmentType);
  facts.assessment = assessment.length ? {value: {codes: assessment, vocabulary: 'edubadges'}, source: 'badgeClass.assessmentType'} : null;
  const participation = codes(badgeClass?.participation);
  facts.participation = participation.length ? {value: {codes: participation, vocabulary: 'edubadges'}, source: 'badgeClass.participation'} : null;
  facts.qualityAssurance = qualityAssurance(badgeClass);
  facts.supervision = supervision(badgeClass);
  facts.grade = found(str(badgeClass?.grade_achieved), 'badgeClass.grade_achieved') &&
    {value: {value: str(badgeClass?.grade_achieved)!, required: null}, source: 'badgeClass.grade_achieved'};
  facts.stackable = found(bool(badgeClass?.stackable), 'badgeClass.stackable');
  facts.furtherInformation = found(str(badgeClass?.description), 'badgeClass.description');
  facts.marker = marker(badgeClass, facts.qualityAssurance);
  facts.brin = text(extension([['issuer', issuer]], 'InstitutionIdentifierExtension', 'InstitutionIdentifier'));
  facts.institutionName = institution;
  return facts;
}

function text(hit: Found<unknown> | null): Found<string> | null {
  return hit && found(str(hit.value), hit.source);
}

function institutionSource(issuer: Record<string, unknown> | undefined): string {
  return issuer?.['extensions:InstitutionNameExtension'] ? 'issuer.extensions:InstitutionNameExtension.InstitutionName' :
    'issuer.faculty.institution.name';
}

/** OB 2.0 IdentityObject; edubadges `type: "id"` is the hashed eduID pseudonym (edubadges.md §6). */
function learner(assertion: Record<string, unknown> | undefined): Found<string> | null {
  const recipient = assertion?.recipient;
  if(!isRecord(recipient) || !str(recipient.identity)) {
    return null;
  }
  const type = str(recipient.type) ?? 'email';
  return {value: `${type}${recipient.hashed === true ? ' (hashed)' : ''}`, source: 'assertion.recipient.identity'};
}

/** ECTS (EC), TimeInvestment (hours) and, for mbo, StudyLoad (SBU) — edubadges.md §5, §7. */
function workload(docs: [string, Record<string, unknown> | undefined][]): Found<Workload>[] {
  const stated: [string, string, Workload['unit']][] = [
    ['ECTSExtension', 'ECTS', 'EC'], ['StudyLoadExtension', 'StudyLoad', 'SBU'], ['TimeInvestmentExtension', 'TimeInvestment', 'hours'],
  ];
  return stated.flatMap(([name, key, unit]) => {
    const hit = extension(docs, name, key);
    return hit ? [{value: {amount: num(hit.value), unit, raw: hit.value}, source: hit.source}] : [];
  });
}

/**
 * Quality assurance: only in the badge class served with `?expand=micro` (edubadges.md §3, §5);
 * before July 2024 an alignment naming the pilot framework (migration 0115).
 */
function qualityAssurance(badgeClass: Record<string, unknown> | undefined): Found<QualityAssurance> | null {
  const name = str(badgeClass?.qualityAssuranceName);
  const url = str(badgeClass?.qualityAssuranceUrl);
  if(name || url) {
    return {value: {name, url}, source: name ? 'badgeClass.qualityAssuranceName' : 'badgeClass.qualityAssuranceUrl'};
  }
  const alignments = asArray(badgeClass?.alignment);
  const index = alignments.findIndex(alignment => isLegacyFrameworkAlignment(str(dig(alignment, 'targetName'))));
  return index < 0 ? null : {
    value: {name: str(dig(alignments[index], 'targetName')), url: str(dig(alignments[index], 'targetUrl'))},
    source: `badgeClass.alignment[${index}].targetName`,
  };
}

function supervision(badgeClass: Record<string, unknown> | undefined): QualityFacts['supervision'] {
  const supervised = bool(badgeClass?.assessmentSupervised);
  const idVerified = bool(badgeClass?.assessmentIdVerified);
  return supervised === null && idVerified === null ? null :
    {value: {supervised, idVerified, label: null}, source: 'badgeClass.assessmentSupervised|assessmentIdVerified'};
}

/** `typeBadgeClass` says micro_credential / regular / extra_curricular (edubadges.md §5). */
function marker(badgeClass: Record<string, unknown> | undefined, qa: Found<QualityAssurance> | null): QualityFacts['marker'] {
  const type = str(badgeClass?.typeBadgeClass);
  if(type) {
    return {value: {micro: type === 'micro_credential', basis: `typeBadgeClass: ${type}`}, source: 'badgeClass.typeBadgeClass'};
  }
  return qa && qa.source.includes('alignment') ? {value: {micro: true, basis: 'quality-framework alignment (before July 2024)'}, source: qa.source} : null;
}
