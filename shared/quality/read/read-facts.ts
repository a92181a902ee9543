import type {Credential} from '../../credential.js';
import {isRecord, stringsOf} from '../../util/json.js';
import type {QualityFacts} from '../facts.js';
import {readElm} from './elm.js';
import {EUDI_LEARNING_VCT, readEudi} from './eudi.js';
import {readOb2} from './ob2.js';
import {readOb3} from './ob3.js';

/**
 * Quality facts from whichever documents the credential was assembled from (`Credential.parts`):
 * Open Badges 2.0 (assertion / badge class / issuer), the EU wallet's flat SD-JWT claims, ELM/EDC,
 * or Open Badges 3.0 and other W3C credentials.
 */
export function readFacts(credential: Credential): QualityFacts {
  const {parts} = credential;
  if(parts.assertion || parts.badgeClass) {
    return readOb2(credential);
  }
  const document = parts.credential ?? credential.document;
  if(document.vct === EUDI_LEARNING_VCT || (typeof document.vct === 'string' && !isRecord(document.credentialSubject))) {
    return readEudi(credential);
  }
  const types = [...credential.types, ...stringsOf(document.type)];
  if(types.includes('EuropeanDigitalCredential') || (isRecord(document.credentialSubject) && 'hasClaim' in document.credentialSubject)) {
    return readElm(credential);
  }
  return readOb3(credential);
}
