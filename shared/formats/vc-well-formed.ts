import {text, type Text} from '../i18n/text.js';
import {asArray, idOf, isRecord, stringsOf} from '../util/json.js';
import {VC_V1_CONTEXT, VC_V2_CONTEXT} from './vc-data-integrity.js';

// XML Schema dateTimeStamp as VC DM 2.0 §4.9 requires (VC 1.1 allows no offset; accepted too).
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The structural rules of VC DM 1.1 §4 / 2.0 §4 that a verifier must enforce before anything
 * else. Returns the first problem found, naming the property, or null.
 */
export function findVcProblem(document: Record<string, unknown>): Text | null {
  const contexts = asArray(document['@context']);
  if(contexts[0] !== VC_V1_CONTEXT && contexts[0] !== VC_V2_CONTEXT) {
    return text(`the first "@context" must be ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`,
      `de eerste "@context" moet ${VC_V2_CONTEXT} of ${VC_V1_CONTEXT} zijn`);
  }
  if(!stringsOf(document.type).includes('VerifiableCredential')) {
    return text('"type" must include "VerifiableCredential"', '"type" moet "VerifiableCredential" bevatten');
  }
  const issuer = idOf(document.issuer);
  if(!issuer || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(issuer)) {
    return text('"issuer" must be a URL or an object with a URL "id"', '"issuer" moet een URL zijn, of een object met een URL als "id"');
  }
  const subjects = asArray(document.credentialSubject);
  if(subjects.length === 0 || !subjects.every(isRecord)) {
    return text('"credentialSubject" is required and must be an object', '"credentialSubject" ontbreekt of is geen object');
  }
  const v1 = contexts[0] === VC_V1_CONTEXT;
  if(v1 && document.issuanceDate === undefined) {
    return text('"issuanceDate" is required in a VC 1.1 credential', '"issuanceDate" is verplicht in een VC 1.1-certificaat');
  }
  for(const property of v1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil']) {
    const value = document[property];
    if(value !== undefined && (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
      const shown = String(value).slice(0, 40);
      return text(`"${property}" is not a date and time (${shown})`, `"${property}" is geen datum en tijd (${shown})`);
    }
  }
  if(document.proof !== undefined && !asArray(document.proof).every(isRecord)) {
    return text('"proof" must be an object', '"proof" moet een object zijn');
  }
  return null;
}
