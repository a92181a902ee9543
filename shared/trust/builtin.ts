import type {TrustList} from '../types.js';
import {NL_EDUCATION_LIST} from './lists/nl-education.js';

/**
 * Trust lists that ship with the verifier: the Dutch education list (edubadges production as a
 * platform that vouches for its institutions, and the pilot institutions the public sources name).
 * Lists the user adds (`--trust`, VerifyOptions.trust) come after these.
 */
export const BUILTIN_TRUST_LISTS: readonly TrustList[] = [NL_EDUCATION_LIST];
