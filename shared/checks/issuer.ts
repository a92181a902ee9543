import type {Check} from '../run.js';
import {dataIntegrityIssuer} from '../securing/data-integrity-issuer.js';
import {hostedIssuer} from '../securing/hosted.js';
import {ob2SignedIssuer} from '../securing/ob2-signed.js';
import {vcJwtIssuer} from '../securing/vc-jwt.js';

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
    return hostedIssuer(run.credential);
  case 'data-integrity':
  case 'sd-jwt':
    return dataIntegrityIssuer(run);
  case 'jws':
    return run.credential.format === 'ob2-signed' ? ob2SignedIssuer(run) : vcJwtIssuer(run);
  default:
    return {status: 'unknown', code: 'not_checked', evidence: {}};
  }
};
