import type {ResolvedKey} from '../did/verification-method.js';
import {createDocumentLoader} from '../loader/document-loader.js';
import {reasonParams, text, type Text} from '../i18n/text.js';
import {checkSafeMode, describeJsonLdError} from '../loader/safe-mode.js';
import {isSupportedProof, verifyDataIntegrity} from '../proofs/data-integrity.js';
import type {VerifyRun} from '../run.js';
import {keyLookupOutcome} from './key-outcome.js';
import type {CheckOutcome} from '../types.js';

/** Integrity of a credential with embedded Data Integrity proofs (VC Data Integrity §4.4). */
export async function dataIntegrityIntegrity(run: VerifyRun): Promise<CheckOutcome> {
  const {credential} = run;
  if(credential.proofs.length === 0) {
    return {status: 'unknown', code: 'no_proof', evidence: {}};
  }
  const supported = credential.proofs.filter(isSupportedProof);
  if(supported.length === 0) {
    const kinds = credential.proofs.map(p => [p.type, p.cryptosuite].filter(Boolean).join('/')).join(', ');
    return {status: 'unknown', code: 'unsupported_format', params: {kinds}, evidence: {proofTypes: kinds}};
  }
  const outcome = await verifyProofs(run, supported.map(proof => proof.verificationMethod ?? ''));
  return outcome.status === 'pass' ? outcome : checkSafeModeAfterFailure(run, outcome);
}

async function verifyProofs(run: VerifyRun, methods: string[]): Promise<CheckOutcome> {
  const evidence = {proofs: run.credential.proofs};
  // Keys first, through the network layer; the JSON-LD loader then only serves what was found.
  const keys = new Map<string, ResolvedKey>();
  try {
    for(const url of new Set(methods)) {
      keys.set(url, await run.keys(url));
    }
  } catch(error) {
    return keyFailure(error, evidence);
  }
  const documentLoader = createDocumentLoader({keys: new Map([...keys].map(([url, key]) => [url, key.method]))});
  const results = await verifyDataIntegrity(run.credential.document, documentLoader);
  const good = results.filter(result => result.verified);
  if(good.length > 0) {
    run.verifiedKeys = good.map(result => keys.get(result.verificationMethod)).filter(key => key !== undefined);
    return {status: 'pass', code: 'signature_valid', params: {key: good[0].verificationMethod},
      evidence: {...evidence, verifiedWith: good.map(result => result.verificationMethod)}};
  }
  const error = results.find(result => result.error)?.error;
  if(error?.name === 'jsonld.ValidationError') {
    return markMalformed(run, describeJsonLdError(error));
  }
  const reason = error?.message ?? 'the proof did not verify';
  // The signature was checked and did not match, or the proof itself is broken.
  return {status: 'fail', code: 'invalid_signature', params: {reason}, evidence: {...evidence, reason}};
}

function keyFailure(error: unknown, evidence: Record<string, unknown>): CheckOutcome {
  const outcome = keyLookupOutcome(error, evidence);
  if(!outcome) {
    throw error;
  }
  return outcome;
}

/**
 * The format check left safe mode to the proof; the proof did not get that far (no key, bad
 * signature), so check it now: "malformed" is the more useful answer when it applies.
 */
async function checkSafeModeAfterFailure(run: VerifyRun, outcome: CheckOutcome): Promise<CheckOutcome> {
  if(!run.safeModeWithProof || run.outcomes.format?.status !== 'pass') {
    return outcome;
  }
  const safe = await checkSafeMode(run.credential.document);
  return safe.ok ? outcome : markMalformed(run, safe.code === 'malformed' ? safe.reason :
    text(`contexts not bundled: ${safe.contexts.join(', ')}`, `contexten die we niet laden: ${safe.contexts.join(', ')}`));
}

function markMalformed(run: VerifyRun, reason: Text): CheckOutcome {
  run.outcomes.format = {status: 'fail', code: 'malformed', params: reasonParams(reason),
    evidence: {...run.outcomes.format?.evidence, safeMode: 'failed', reason: reason.en}};
  return {status: 'unknown', code: 'not_checked', evidence: {reason: 'format'}};
}
