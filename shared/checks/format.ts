import {findVcProblem} from '../formats/vc-well-formed.js';
import {checkSafeMode} from '../loader/safe-mode.js';
import type {Check} from '../run.js';

/** Could the input be read as a credential, and is it well formed (contract §2 `format`)? */
export const checkFormat: Check = async({credential}) => {
  const evidence = {format: credential.format, dataModel: credential.dataModel, types: credential.types};
  if(credential.dataModel) {
    const problem = findVcProblem(credential.document);
    if(problem) {
      return {status: 'fail', code: 'malformed', params: {reason: problem}, evidence: {...evidence, reason: problem}};
    }
    const safe = await checkSafeMode(credential.document);
    if(!safe.ok && safe.code === 'context_not_allowed') {
      return {status: 'unknown', code: 'context_not_allowed', params: {contexts: safe.contexts.join(', ')},
        evidence: {...evidence, refusedContexts: safe.contexts}};
    }
    if(!safe.ok) {
      return {status: 'fail', code: 'malformed', params: {reason: safe.reason}, evidence: {...evidence, reason: safe.reason}};
    }
  }
  return {status: 'pass', code: 'well_formed', evidence};
};
