import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {createVerifyCryptosuite as createEddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import type {DocumentLoader} from '../loader/document-loader.js';

/**
 * The proof types we accept: an explicit list, in one place (digitalbazaar/vc: "the calling code
 * must specify which signature types … are allowed"). OB 3.0 conformance requires eddsa-rdfc-2022.
 */
export const SUPPORTED_PROOFS = [
  {type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022'},
  {type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019'},
  {type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022'},
  {type: 'Ed25519Signature2020', cryptosuite: undefined},
] as const;

export function isSupportedProof(proof: {type?: unknown; cryptosuite?: unknown}): boolean {
  return SUPPORTED_PROOFS.some(known => known.type === proof.type &&
    (known.cryptosuite === undefined || known.cryptosuite === proof.cryptosuite));
}

/** Proofs whose verification canonicalises the document with RDFC in JSON-LD safe mode. */
export function isCanonicalisingProof(proof: {type?: unknown; cryptosuite?: unknown}): boolean {
  return isSupportedProof(proof) && proof.cryptosuite !== 'eddsa-jcs-2022';
}

// Suites hold no per-verification state, so one set serves every run.
const suites = [
  new DataIntegrityProof({cryptosuite: eddsaRdfc2022}),
  new DataIntegrityProof({cryptosuite: ecdsaRdfc2019}),
  new DataIntegrityProof({cryptosuite: createEddsaJcs2022()}),
  new Ed25519Signature2020(),
];

/**
 * Only "was this signed for making assertions": the stock purpose would also demand that the
 * key's controller is the issuer, and fail the signature when it is not. We check that binding
 * ourselves, in the `issuer` check, so a good signature by the wrong key reads as exactly that.
 */
const assertion = new jsigs.purposes.ProofPurpose({term: 'assertionMethod'});

export interface ProofOutcome {
  verificationMethod: string;
  verified: boolean;
  error?: Error;
}

/** Verify every supported Data Integrity proof on the document. Never throws. */
export async function verifyDataIntegrity(document: object, documentLoader: DocumentLoader): Promise<ProofOutcome[]> {
  const result = await jsigs.verify(document, {suite: suites, purpose: assertion, documentLoader});
  if(!result.results) {
    return [{verificationMethod: '', verified: false, error: firstError(result.error)}];
  }
  return result.results.map(entry => ({
    verificationMethod: String(entry.proof.verificationMethod ?? ''),
    verified: entry.verified,
    error: entry.verified ? undefined : firstError(entry.error),
  }));
}

/** jsigs wraps errors in a VerificationError holding the real ones in `errors`. */
function firstError(error: (Error & {errors?: Error[]}) | undefined): Error {
  return error?.errors?.[0] ?? error ?? new Error('The proof did not verify.');
}
