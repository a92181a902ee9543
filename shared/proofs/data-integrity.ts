import jsigs from 'jsonld-signatures';
import {loadBundledContext} from '../loader/contexts.js';
import {namedContexts, type DocumentLoader} from '../loader/document-loader.js';
import {lazy} from '../util/lazy.js';

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

type Suite = object;

/** The proof class and its cryptosuite, imported side by side (one round trip in the widget, not two). */
const dataIntegrity = async(cryptosuite: Promise<object>): Promise<Suite> => {
  const [{DataIntegrityProof}, suite] = await Promise.all([import('@digitalbazaar/data-integrity'), cryptosuite]);
  return new DataIntegrityProof({cryptosuite: suite});
};

/**
 * Each suite is imported when a proof first needs it: the web component's budget (contract §5)
 * has no room for every suite's crypto, and an eddsa credential should not download ECDSA.
 * Suites hold no per-verification state, so each is created once and serves every run.
 */
const SUITE_LOADERS: Record<string, () => Promise<Suite>> = {
  'DataIntegrityProof/eddsa-rdfc-2022': lazy(() =>
    dataIntegrity(import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite').then(module => module.cryptosuite))),
  'DataIntegrityProof/ecdsa-rdfc-2019': lazy(() =>
    dataIntegrity(import('@digitalbazaar/ecdsa-rdfc-2019-cryptosuite').then(module => module.cryptosuite))),
  'DataIntegrityProof/eddsa-jcs-2022': lazy(() =>
    dataIntegrity(import('@digitalbazaar/eddsa-jcs-2022-cryptosuite').then(module => module.createVerifyCryptosuite()))),
  'Ed25519Signature2020/': lazy(async() => new (await import('@digitalbazaar/ed25519-signature-2020')).Ed25519Signature2020()),
};

const loadSuite = (key: string): Promise<Suite> => SUITE_LOADERS[key]();

/** Every suite, loaded ahead of need (../preload.ts). */
export const preloadSuites = (): Promise<unknown> => Promise.all(Object.keys(SUITE_LOADERS).map(loadSuite));

/** The suites for the supported proofs on the document, in the order of SUPPORTED_PROOFS. */
async function suitesFor(document: object): Promise<Suite[]> {
  const proofs = [(document as {proof?: unknown}).proof].flat().filter((proof): proof is {type?: unknown; cryptosuite?: unknown} =>
    typeof proof === 'object' && proof !== null);
  const keys = SUPPORTED_PROOFS.filter(known => proofs.some(proof => known.type === proof.type &&
    (known.cryptosuite === undefined || known.cryptosuite === proof.cryptosuite)))
    .map(known => `${known.type}/${known.cryptosuite ?? ''}`);
  return Promise.all(keys.map(loadSuite));
}

/**
 * Only "was this signed for making assertions": the stock purpose would also demand that the
 * key's controller is the issuer, and fail the signature when it is not. We check that binding
 * ourselves, in the `issuer` check, so a good signature by the wrong key reads as exactly that.
 */
const PURPOSES = {
  assertionMethod: new jsigs.purposes.ProofPurpose({term: 'assertionMethod'}),
  // A presentation's proof: the holder authenticates. The verifier that asked for it would check
  // its challenge; a presentation met on a page has no challenge of ours to compare with.
  authentication: new jsigs.purposes.ProofPurpose({term: 'authentication'}),
};

export interface ProofOutcome {
  verificationMethod: string;
  verified: boolean;
  error?: Error;
}

const prefetchContexts = (document: object): Promise<unknown> =>
  Promise.all(namedContexts(document).map(url => loadBundledContext(url)?.catch(() => undefined)));

/** Verify every supported Data Integrity proof on the document. Never throws. */
export async function verifyDataIntegrity(document: object, documentLoader: DocumentLoader,
  purpose: keyof typeof PURPOSES = 'assertionMethod'): Promise<ProofOutcome[]> {
  // The bundled contexts the document names load while its suites do (the widget fetches each).
  const [suites] = await Promise.all([suitesFor(document), prefetchContexts(document)]);
  if(suites.length === 0) {
    return [{verificationMethod: '', verified: false, error: new Error('No supported proof on the document.')}];
  }
  const result = await jsigs.verify(document, {suite: suites, purpose: PURPOSES[purpose], documentLoader});
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
