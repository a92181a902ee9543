import {checkFormat} from '../checks/format.js';
import {checkIntegrity} from '../checks/integrity.js';
import {checkValidity} from '../checks/validity.js';
import {isVcJsonLd, parseVcJsonLd} from '../formats/vc-data-integrity.js';
import {isNetError} from '../net/net-error.js';
import type {VerifyRun} from '../run.js';
import {isRecord} from '../util/json.js';
import {text} from '../i18n/text.js';
import {StatusListProblem} from './status-answer.js';

/**
 * Fetch a status list credential and verify it as a credential in its own right: well formed,
 * signed by a key its issuer controls, inside its validity window, and issued by the same
 * issuer as the credential it speaks about (otherwise anyone could publish a list saying
 * "not revoked"). Stock libraries skip several of these (anchors.md §4, verifier-core#23).
 */
export async function fetchVerifiedStatusList(url: string, run: VerifyRun, types: string[]): Promise<Record<string, unknown>> {
  let json: unknown;
  try {
    ({json} = await run.net.getJson(url));
  } catch(error) {
    throw new StatusListProblem(text(`the status list could not be fetched (${isNetError(error) ? error.message : 'unreadable'})`,
      'de statuslijst kon niet worden opgehaald'),
      {url, networkCode: isNetError(error) ? error.code : null});
  }
  if(!isVcJsonLd(json)) {
    throw new StatusListProblem(text('the status list is not a verifiable credential', 'de statuslijst is geen verifieerbaar certificaat'), {url});
  }
  const list = parseVcJsonLd(json);
  if(!list.types.some(type => types.includes(type))) {
    throw new StatusListProblem(text(`the status list is not a ${types.join(' or ')}`, `de statuslijst is geen ${types.join(' of ')}`), {url, types: list.types});
  }
  const listRun: VerifyRun = {...run, credential: list, outcomes: {}, verifiedKeys: []};
  for(const [id, check] of [['format', checkFormat], ['integrity', checkIntegrity], ['validity', checkValidity]] as const) {
    const outcome = await check(listRun);
    listRun.outcomes[id] = outcome;
    if(outcome.status !== 'pass') {
      throw new StatusListProblem(text(`the status list itself failed the ${id} check (${outcome.code})`,
        `de statuslijst zelf komt niet door de controle ${id} (${outcome.code})`), {url, [id]: outcome.code});
    }
  }
  const signer = listRun.verifiedKeys[0]?.method.controller;
  if(list.issuer.id !== run.credential.issuer.id || signer !== list.issuer.id || !listRun.verifiedKeys[0]?.controllerListsKey) {
    throw new StatusListProblem(text('the status list was not issued and signed by the credential\'s issuer',
      'de statuslijst is niet uitgegeven en ondertekend door de uitgever van het certificaat'),
      {url, listIssuer: list.issuer.id, signer: signer ?? null});
  }
  const subject = list.document.credentialSubject;
  if(!isRecord(subject)) {
    throw new StatusListProblem(text('the status list has no list in "credentialSubject"', 'de statuslijst heeft geen lijst in "credentialSubject"'), {url});
  }
  return subject;
}
