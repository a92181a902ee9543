import type {Check} from '../run.js';
import {dataIntegrityIssuer} from '../securing/data-integrity-issuer.js';

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
    return (await import('../securing/hosted.js')).hostedIssuer(run.credential);
  case 'data-integrity':
  case 'sd-jwt':
    return dataIntegrityIssuer(run);
  case 'jws':
    return run.credential.format === 'ob2-signed' ? (await import('../securing/ob2-signed.js')).ob2SignedIssuer(run) :
      (await import('../securing/vc-jwt.js')).vcJwtIssuer(run);
  default:
    return {status: 'unknown', code: 'not_checked', evidence: {}};
  }
};
