import type {Check} from '../run.js';
import {dataIntegrityIssuer} from '../securing/data-integrity-issuer.js';
import {securing} from '../securing/lazy.js';

/**
 * Is the signing key (or the hosting origin) controlled by the issuer the credential names
 * (contract §2 `issuer`)?
 */
export const checkIssuer: Check = async run => {
  if(run.outcomes.integrity?.status !== 'pass') {
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'integrity'}};
  }
  switch(run.credential.securing.kind) {
  case 'hosted':
    return (await securing.hosted()).hostedIssuer(run.credential);
  case 'data-integrity':
  case 'sd-jwt':
    return dataIntegrityIssuer(run);
  case 'jws':
    return run.credential.format === 'ob2-signed' ? (await securing.ob2Signed()).ob2SignedIssuer(run) :
      (await securing.vcJwt()).vcJwtIssuer(run);
  default:
    return {status: 'unknown', code: 'not_checked', evidence: {}};
  }
};
