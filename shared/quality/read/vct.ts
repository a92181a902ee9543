/** The EU reference issuer's learning credential type (standards.md §2.4). */
export const EUDI_LEARNING_VCT = 'urn:eu.europa.ec.eudi:learning:credential:1';
