import {networkOutcome} from '../checks/network-outcome.js';
import {UnsupportedKeyError} from '../did/resolve-key.js';
import {KeyLookupError} from '../did/verification-method.js';
import type {CheckOutcome} from '../types.js';

/**
 * Why the key a proof or token names could not be had, as an `unknown` integrity outcome: the
 * network failed, the kind of key cannot be looked up, or the key is not where it is said to be.
 * Null for any other error (the caller decides).
 */
export function keyLookupOutcome(error: unknown, evidence: Record<string, unknown>): CheckOutcome | null {
  const network = networkOutcome(error, 'key');
  if(network) {
    return {...network, evidence: {...evidence, ...network.evidence}};
  }
  if(error instanceof UnsupportedKeyError) {
    return {status: 'unknown', code: 'unsupported_format', params: {kinds: error.url.split(':').slice(0, 2).join(':')},
      evidence: {...evidence, reason: error.message}};
  }
  if(error instanceof KeyLookupError) {
    return {status: 'unknown', code: 'key_not_found', params: {reason: error.message}, evidence: {...evidence, reason: error.message}};
  }
  return null;
}
