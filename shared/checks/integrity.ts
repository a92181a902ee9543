import {UnsupportedKeyError} from '../did/resolve-key.js';
import {KeyLookupError} from '../did/verification-method.js';
import {ContextNotAllowedError, createDocumentLoader} from '../loader/document-loader.js';
import {isSupportedProof, verifyDataIntegrity} from '../proofs/data-integrity.js';
import type {Check, VerifyRun} from '../run.js';
import type {CheckOutcome} from '../types.js';
import {networkOutcome} from './network-outcome.js';

/** Is it unchanged since issuing (contract §2 `integrity`)? */
export const checkIntegrity: Check = async run => {
  const {credential, outcomes} = run;
  if(outcomes.format?.status !== 'pass') {
    // A credential we could not read is not handed to the proof code, and makes no requests.
    return {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}};
  }
  if(credential.proofs.length === 0) {
    return {status: 'unknown', code: 'no_proof', evidence: {}};
  }
  const supported = credential.proofs.filter(isSupportedProof);
  if(supported.length === 0) {
    const kinds = credential.proofs.map(p => [p.type, p.cryptosuite].filter(Boolean).join('/')).join(', ');
    return {status: 'unknown', code: 'unsupported_format', params: {kinds}, evidence: {proofTypes: kinds}};
  }
  return verifyProofs(run);
};

async function verifyProofs(run: VerifyRun): Promise<CheckOutcome> {
  const urls = new Set(run.credential.proofs.map(p => p.verificationMethod).filter(url => url !== null));
  const documentLoader = createDocumentLoader({keys: {urls, resolve: async url => (await run.keys(url)).method}});
  const results = await verifyDataIntegrity(run.credential.document, documentLoader);
  const good = results.filter(result => result.verified);
  const evidence = {
    proofs: run.credential.proofs.map(p => ({type: p.type, cryptosuite: p.cryptosuite, verificationMethod: p.verificationMethod})),
  };
  if(good.length > 0) {
    run.verifiedKeys = await Promise.all(good.map(result => run.keys(result.verificationMethod)));
    return {status: 'pass', code: 'signature_valid', params: {key: good[0].verificationMethod},
      evidence: {...evidence, verifiedWith: good.map(result => result.verificationMethod)}};
  }
  const error = results.find(result => result.error)?.error;
  return classifyFailure(error, evidence, documentLoader.refused);
}

function classifyFailure(error: Error | undefined, evidence: Record<string, unknown>, refused: string[]): CheckOutcome {
  const network = networkOutcome(error, 'key');
  if(network) {
    return {...network, evidence: {...evidence, ...network.evidence}};
  }
  if(refused.length > 0 || error instanceof ContextNotAllowedError) {
    return {status: 'unknown', code: 'not_checked', evidence: {...evidence, refusedContexts: refused}};
  }
  const reason = error?.message ?? 'the proof did not verify';
  if(error instanceof UnsupportedKeyError) {
    return {status: 'unknown', code: 'unsupported_format', params: {kinds: error.url.split(':').slice(0, 2).join(':')},
      evidence: {...evidence, reason}};
  }
  if(error instanceof KeyLookupError) {
    return {status: 'unknown', code: 'key_not_found', params: {reason}, evidence: {...evidence, reason}};
  }
  // The signature was checked and did not match, or the proof itself is broken.
  return {status: 'fail', code: 'invalid_signature', params: {reason}, evidence: {...evidence, reason}};
}
