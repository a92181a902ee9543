import type {Credential} from '../credential.js';
import {dateOf} from '../util/dates.js';
import {asArray, idOf, isRecord, stringsOf} from '../util/json.js';

const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

/** A European Digital Credential (ELM 3, standards.md §2.1): VC 1.1 shape, EDC context and type. */
export function isEuropassCredential(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && (stringsOf(value.type).includes('EuropeanDigitalCredential') ||
    asArray(value['@context']).includes(EDC_CONTEXT));
}

/**
 * Read an EDC into the normalised credential so the quality scorecard can work on it: the first
 * claimed learning achievement gives title, awarding body and specification (EQF, credits,
 * outcomes, mode). Its JAdES e-seal is not verified here (see the integrity check).
 */
export function parseEuropassCredential(document: Record<string, unknown>): Credential {
  const subject = isRecord(document.credentialSubject) ? document.credentialSubject : {};
  const claim = asArray(subject.hasClaim).find(isRecord) ?? {};
  const awardedBy = isRecord(claim.awardedBy) ? claim.awardedBy : {};
  const awardingBody = asArray(awardedBy.awardingBody).find(isRecord);
  const issuer = isRecord(document.issuer) ? document.issuer : {};
  const validFrom = dateOf(document.validFrom) ?? dateOf(document.issuanceDate);
  return {
    format: 'elm',
    document,
    dataModel: null,
    types: stringsOf(document.type),
    id: typeof document.id === 'string' ? document.id : null,
    title: languageText(claim.title) ?? languageText(isRecord(claim.specifiedBy) ? claim.specifiedBy.title : null),
    description: languageText(claim.description),
    issuer: {id: idOf(document.issuer), name: languageText(issuer.legalName) ?? languageText(awardingBody?.legalName), url: null, image: null},
    issuedOn: dateOf(document.issued) ?? dateOf(awardedBy.awardingDate) ?? validFrom,
    validFrom,
    validUntil: dateOf(document.validUntil) ?? dateOf(document.expirationDate),
    subject: {id: idOf(subject), identifiers: [], name: languageText(subject.fullName) ??
      ([languageText(subject.givenName), languageText(subject.familyName)].filter(Boolean).join(' ') || null)},
    achievement: claim,
    image: null,
    statusEntries: asArray(document.credentialStatus).filter(isRecord),
    proofs: [],
    contexts: asArray(document['@context']),
    parts: {credential: document},
    securing: {kind: 'jades'},
    servedFrom: null,
    platform: null,
  };
}

/** ELM text is a language map (`{"en": "…"}` or `{"en": ["…"]}`) or plain; English first, then Dutch, then any. */
export function languageText(value: unknown): string | null {
  if(typeof value === 'string') {
    return value;
  }
  if(!isRecord(value)) {
    return null;
  }
  for(const lang of ['en', 'nl', ...Object.keys(value)]) {
    const text = asArray(value[lang]).find(entry => typeof entry === 'string');
    if(typeof text === 'string') {
      return text;
    }
  }
  return typeof value['@value'] === 'string' ? value['@value'] : null;
}
