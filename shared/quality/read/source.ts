import type {Credential} from '../../credential.js';
import {isRecord, stringsOf} from '../../util/json.js';
import {EUDI_LEARNING_VCT} from './vct.js';


export type FactSource = 'ob2' | 'eudi' | 'elm' | 'ob3';

/**
 * Which reader takes the quality facts from the documents the credential was assembled from
 * (`Credential.parts`): Open Badges 2.0 (assertion / badge class / issuer), the EU wallet's flat
 * SD-JWT claims, ELM/EDC, or Open Badges 3.0 and other W3C credentials.
 */
export function factSource(credential: Credential): FactSource {
  const {parts} = credential;
  if(parts.assertion || parts.badgeClass) {
    return 'ob2';
  }
  const document = parts.credential ?? credential.document;
  if(document.vct === EUDI_LEARNING_VCT || (typeof document.vct === 'string' && !isRecord(document.credentialSubject))) {
    return 'eudi';
  }
  const types = [...credential.types, ...stringsOf(document.type)];
  if(types.includes('EuropeanDigitalCredential') || (isRecord(document.credentialSubject) && 'hasClaim' in document.credentialSubject)) {
    return 'elm';
  }
  return 'ob3';
}
