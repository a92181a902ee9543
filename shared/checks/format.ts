import {findOb2Problem} from '../formats/ob2-well-formed.js';
import {findVcProblem} from '../formats/vc-well-formed.js';
import {unbundledContexts} from '../loader/document-loader.js';
import {checkSafeMode} from '../loader/safe-mode.js';
import {isCanonicalisingProof} from '../proofs/data-integrity.js';
import {reasonParams} from '../i18n/text.js';
import type {Check} from '../run.js';

/**
 * Could the input be read as a credential, and is it well formed (contract §2 `format`)?
 * JSON-LD safe mode is part of this; when a supported RDF-canonicalising proof will process the
 * document anyway (in safe mode, VC-DI §4), the integrity check reports a safe-mode failure here
 * instead of expanding the document twice: `safeMode: 'with-proof'` in the evidence says so.
 */
export const checkFormat: Check = async run => {
  const {credential} = run;
  const evidence = {format: credential.format, dataModel: credential.dataModel, types: credential.types};
  if(credential.format === 'ob2-hosted' || credential.format === 'ob2-signed') {
    const problem = findOb2Problem(credential.document);
    return problem ? {status: 'fail', code: 'malformed', params: reasonParams(problem), evidence: {...evidence, reason: problem.en}} :
      {status: 'pass', code: 'well_formed', evidence};
  }
  if(!credential.dataModel) {
    return {status: 'pass', code: 'well_formed', evidence};
  }
  const problem = findVcProblem(credential.document);
  if(problem) {
    return {status: 'fail', code: 'malformed', params: reasonParams(problem), evidence: {...evidence, reason: problem.en}};
  }
  if(credential.securing.kind === 'jades') {
    // Read for its claims only; its own (unbundled) EDC context is not processed as JSON-LD.
    return credential.issuer.id ? {status: 'pass', code: 'well_formed', evidence: {...evidence, safeMode: 'not-applicable'}} :
      {status: 'fail', code: 'malformed', params: {reason: '"issuer" is required', reason_nl: '"issuer" is verplicht'}, evidence};
  }
  if(credential.securing.kind === 'jws') {
    // A JWT signs the JSON bytes, not a JSON-LD reading of them: safe mode adds nothing there.
    return {status: 'pass', code: 'well_formed', evidence: {...evidence, safeMode: 'not-applicable'}};
  }
  const refused = unbundledContexts(credential.document);
  if(refused.length > 0) {
    return {status: 'unknown', code: 'context_not_allowed', params: {contexts: refused.join(', ')},
      evidence: {...evidence, refusedContexts: refused}};
  }
  if(credential.proofs.some(isCanonicalisingProof)) {
    run.safeModeWithProof = true;
    return {status: 'pass', code: 'well_formed', evidence: {...evidence, safeMode: 'with-proof'}};
  }
  const safe = await checkSafeMode(credential.document);
  if(!safe.ok && safe.code === 'context_not_allowed') {
    return {status: 'unknown', code: 'context_not_allowed', params: {contexts: safe.contexts.join(', ')},
      evidence: {...evidence, refusedContexts: safe.contexts}};
  }
  if(!safe.ok) {
    return {status: 'fail', code: 'malformed', params: reasonParams(safe.reason), evidence: {...evidence, reason: safe.reason.en}};
  }
  return {status: 'pass', code: 'well_formed', evidence: {...evidence, safeMode: 'checked'}};
};
