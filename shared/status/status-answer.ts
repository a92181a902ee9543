/** What one status entry says about the credential. */
export type StatusAnswer =
  | {state: 'ok' | 'revoked' | 'suspended'; evidence: Record<string, unknown>; reason?: string}
  | {state: 'unknown'; reason: string; evidence: Record<string, unknown>};

/** The list could not be used: unreachable, broken, or not verifiable itself. */
export class StatusListProblem extends Error {
  constructor(message: string, readonly evidence: Record<string, unknown> = {}) {
    super(message);
    this.name = 'StatusListProblem';
  }
}
