import type {Check} from '../run.js';
import {dataIntegrityIntegrity} from '../securing/data-integrity.js';
import {securing} from '../securing/lazy.js';

/**
 * Is it unchanged since issuing (contract §2 `integrity`)? A proof for a signed credential; for an
 * Open Badges 2.0 hosted assertion, being served by its issuer from its own `id` over https.
 * Each way of securing is loaded when a credential needs it (the widget ships per format).
 */
export const checkIntegrity: Check = async run => {
  if(run.outcomes.format?.status !== 'pass') {
    // A credential we could not read is not handed to the proof code, and makes no requests.
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}};
  }
  switch(run.credential.securing.kind) {
  case 'hosted':
    return (await securing.hosted()).hostedIntegrity(run.credential);
  case 'data-integrity':
    return dataIntegrityIntegrity(run);
  case 'jws':
    return run.credential.format === 'ob2-signed' ? (await securing.ob2Signed()).ob2SignedIntegrity(run) :
      (await securing.vcJwt()).vcJwtIntegrity(run);
  case 'sd-jwt':
    return (await securing.sdJwt()).sdJwtIntegrity(run);
  case 'jades':
    // No JAdES (ETSI EN 319 182) validator exists on the npm registry: say so, never guess.
    return {status: 'unknown', code: 'seal_not_checkable', evidence: {seal: 'JAdES', proof: run.credential.document.proof ?? null}};
  default:
    return {status: 'unknown', code: 'unsupported_format', params: {kinds: (run.credential.securing as {kind: string}).kind}, evidence: {}};
  }
};
