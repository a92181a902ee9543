import type {Credential} from '../credential.js';
import type {Quality, QualityElement} from '../types.js';
import {asArray, isRecord, textOf} from '../util/json.js';

/** The 16 EU standard elements (Council Recommendation 2022/C 243/02, Annex I), in report order. */
export const ELEMENT_IDS = [
  'EU-M1', 'EU-M2', 'EU-M3', 'EU-M4', 'EU-M5', 'EU-M6', 'EU-M7', 'EU-M8', 'EU-M9', 'EU-M10', 'EU-M11',
  'EU-O1', 'EU-O2', 'EU-O3', 'EU-O4', 'EU-O5',
] as const;

type Found = {value: string; source: string} | null;

/**
 * First version of the quality scorecard: the elements every Open Badges 3.0 credential states
 * natively (standards.md §1.3, "OB 3.0 path" column). The framework rules and the encodings of
 * edubadges, ELM and the EU wallet come with the quality-framework work; until then nothing is
 * claimed as a microcredential, and every element we do not read is reported `missing`.
 */
export function assessQuality(credential: Credential | null): Quality {
  const found: Partial<Record<typeof ELEMENT_IDS[number], Found>> = credential ? readElements(credential) : {};
  const elements: QualityElement[] = ELEMENT_IDS.map(id => {
    const hit = found[id];
    return hit ? {id, status: 'present', value: hit.value, source: hit.source} : {id, status: 'missing', value: null, source: null};
  });
  return {
    microcredential: false,
    euComplete: elements.slice(0, 11).every(element => element.status === 'present'),
    elements,
    frameworks: [
      {id: 'nl-hbo-wo', status: 'not_claimed', rules: []},
      {id: 'nl-mbo', status: 'not_claimed', rules: []},
    ],
  };
}

function readElements(credential: Credential): Partial<Record<typeof ELEMENT_IDS[number], Found>> {
  const issuer = isRecord(credential.document.issuer) ? credential.document.issuer : {};
  const address = isRecord(issuer.address) ? issuer.address : {};
  const country = textOf(address.addressCountryCode) ?? textOf(address.addressCountry);
  const learner = credential.subject.id ?? credential.subject.identifiers[0]?.identityType ?? credential.subject.name;
  const achievement = credential.achievement ?? {};
  return {
    'EU-M1': learner ? {value: learner, source: 'credentialSubject.id|identifier'} : null,
    'EU-M2': credential.title ? {value: credential.title, source: 'credentialSubject.achievement.name'} : null,
    'EU-M3': country ? {value: country, source: 'issuer.address'} : null,
    'EU-M4': credential.issuer.name ? {value: credential.issuer.name, source: 'issuer.name'} : null,
    'EU-M5': credential.issuedOn ? {value: credential.issuedOn, source: credential.dataModel === 'vc1' ? 'issuanceDate' : 'validFrom'} : null,
    'EU-O5': textOf(achievement.description) ? {value: textOf(achievement.description)!, source: 'credentialSubject.achievement.description'} :
      asArray(achievement.tag).length ? {value: asArray(achievement.tag).join(', '), source: 'credentialSubject.achievement.tag'} : null,
  };
}
