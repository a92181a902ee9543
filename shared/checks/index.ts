import type {Check} from '../run.js';
import type {CheckId} from '../types.js';
import {checkFormat} from './format.js';
import {checkIntegrity} from './integrity.js';
import {checkIssuer} from './issuer.js';
import {checkRecipient} from './recipient.js';
import {checkStatus} from './status.js';
import {checkTrust} from './trust.js';
import {checkValidity} from './validity.js';

/** The checks in report order (contract §2). Each later check may read the earlier outcomes. */
export const CHECKS: readonly (readonly [CheckId, Check])[] = [
  ['format', checkFormat],
  ['integrity', checkIntegrity],
  ['issuer', checkIssuer],
  ['status', checkStatus],
  ['validity', checkValidity],
  ['trust', checkTrust],
  ['recipient', checkRecipient],
];
