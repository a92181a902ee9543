import type {TrustList} from '../types.js';

/**
 * Trust lists that ship with the verifier. Empty for now: the Dutch list (edubadges as a
 * platform that vouches for its institutions, the pilot institutions) comes with the
 * quality-framework work. Until then only lists the user adds (`--trust`) recognise issuers.
 */
export const BUILTIN_TRUST_LISTS: readonly TrustList[] = [];
