/**
 * Every code a check can report (contract §2 "Codes: where each lands"), plus the
 * codes for passing and skipped checks. Codes are stable: tests and outside tools
 * match on them, never on message text.
 */
export const CODES = [
  // format
  'well_formed', 'malformed', 'too_large', 'unsupported_format', 'context_not_allowed', 'not_an_award', 'platform_not_verifiable',
  // integrity
  'signature_valid', 'invalid_signature', 'no_proof', 'not_found', 'key_not_found', 'hosted_verified', 'hosted_id_mismatch', 'seal_not_checkable',
  // issuer
  'issuer_key_match', 'issuer_key_mismatch', 'hosted_origin_match', 'hosted_origin_mismatch',
  // status
  'not_revoked', 'revoked', 'suspended', 'status_unreachable', 'no_status_method',
  // validity
  'within_validity', 'expired', 'not_yet_valid',
  // trust
  'issuer_recognised', 'issuer_not_recognised', 'issuer_name_differs',
  // recipient
  'recipient_match', 'recipient_mismatch', 'recipient_not_checkable', 'not_requested',
  // any check that needed the network
  'network_error', 'timeout', 'private_network_blocked', 'offline',
  // any check
  'not_checked', 'internal_error',
] as const;

export type Code = typeof CODES[number];
