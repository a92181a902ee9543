import type {Credential} from '../credential.js';
import {idOf, isRecord, stringsOf, textOf} from '../util/json.js';
import {parseOb2} from './ob2.js';

/**
 * A badge class (OB 2.0) or an achievement (OB 3.0) on its own — what an institution's course
 * page links to. It is read like a credential so the quality scorecard can show the framework
 * claims of the course, and reported as `achievement` / `not_an_award`: nothing was awarded.
 */
export function asAchievement(value: unknown): Credential | null {
  if(!isRecord(value)) {
    return null;
  }
  const types = stringsOf(value.type);
  if(types.includes('BadgeClass')) {
    const issuer = isRecord(value.issuer) ? value.issuer : null;
    return {...parseOb2('ob2-hosted', {}, value, issuer, {kind: 'data-integrity'}), format: 'achievement', id: idOf(value)};
  }
  if(types.includes('Achievement') && !types.includes('VerifiableCredential')) {
    const creator = isRecord(value.creator) ? value.creator : {};
    return {
      format: 'achievement', document: value, dataModel: null, types, id: idOf(value),
      title: textOf(value.name), description: textOf(value.description),
      issuer: {id: idOf(value.creator), name: textOf(creator.name), url: null, image: null},
      issuedOn: null, validFrom: null, validUntil: null,
      subject: {id: null, identifiers: [], name: null}, achievement: value, image: idOf(value.image),
      statusEntries: [], proofs: [], contexts: [], parts: {credential: {credentialSubject: {achievement: value}}},
      securing: {kind: 'data-integrity'}, servedFrom: null, platform: null,
    };
  }
  return null;
}
