import type {Text} from '../i18n/text.js';

/** What one status entry says about the credential. */
export type StatusAnswer =
  | {state: 'ok' | 'revoked' | 'suspended'; evidence: Record<string, unknown>; reason?: Text}
  | {state: 'unknown'; reason: Text; evidence: Record<string, unknown>};

/** The list could not be used: unreachable, broken, or not verifiable itself. */
export class StatusListProblem extends Error {
  constructor(readonly reason: Text, readonly evidence: Record<string, unknown> = {}) {
    super(reason.en);
    this.name = 'StatusListProblem';
  }
}
