import type {Credential, FetchProblem} from '../credential.js';
import {isNetError} from '../net/net-error.js';
import {isPrivateHost} from '../net/private-address.js';
import type {Net} from '../net/fetcher.js';
import {recognise, type Recognised} from '../platforms/recognise.js';
import {idOf, isRecord} from '../util/json.js';
import {isOb2Assertion, parseOb2} from './ob2.js';

type Doc = Record<string, unknown>;

/** JSON for hosted assertions, plain text for a signed badge served from its URL. */
export const HOSTED_ACCEPT = 'application/ld+json, application/json;q=0.9, text/plain;q=0.5, */*;q=0.1';
export type HostedStart = {assertion: Doc} | {url: string; recognised: Extract<Recognised, {kind: 'ob2-hosted'}> | null};

/**
 * Open Badges 2.0 HostedBadge (OB 2.0 §Verification): an assertion is authentic when its issuer
 * serves it from its own `id` over https. Fetch it from there (a local copy is only a pointer),
 * then its badge class and issuer unless the response embeds them (edubadges' expanded form
 * gives all three in one request). Every fetch goes through the network layer.
 */
export async function loadOb2Hosted(start: HostedStart, net: Net): Promise<Credential | {token: string; url: string} | {failed: FetchProblem}> {
  const local = 'assertion' in start ? start.assertion : null;
  const recognised = 'url' in start ? start.recognised ?? recogniseHosted(start.url) : recogniseHosted(idOf(local) ?? '');
  const target = recognised?.jsonUrl ?? ('url' in start ? start.url : httpsUrl(idOf(local)));
  let assertion = local;
  let fetchedFrom: string | null = null;
  let fetchError: FetchProblem | null = null;
  try {
    if(!target) {
      throw problem('network_error', String(idOf(local)), 'the assertion has no https "id" to fetch it from');
    }
    const fetched = await fetchHosted(target, net);
    if(typeof fetched === 'string') {
      return {token: fetched, url: target}; // a signed badge served from its URL (edubadges legacy, §8)
    }
    ({assertion, fetchedFrom} = fetched);
  } catch(error) {
    fetchError = asProblem(error, target ?? '');
    if(!local && fetchError.httpStatus !== 410) {
      return {failed: fetchError}; // nothing to show: only the fetch problem can be reported
    }
    if(fetchError.httpStatus === 410) {
      // 410 Gone is how OB 2.0 hosts answer for a revoked assertion.
      assertion = {...(assertion ?? {}), id: assertion?.id ?? recognised?.assertionId ?? target, revoked: true};
      fetchedFrom = stripQuery(target ?? '');
      fetchError = null;
    }
  }
  const {badgeClass, issuer, relatedError} = await loadRelated(assertion ?? {}, net);
  const credential = parseOb2('ob2-hosted', assertion ?? {}, badgeClass, issuer, {kind: 'hosted', fetchedFrom, fetchError, relatedError});
  credential.servedFrom = fetchedFrom ? new URL(fetchedFrom).origin : null;
  credential.platform = recognised ? {id: recognised.platform, environment: recognised.environment} : null;
  return credential;
}

async function fetchHosted(url: string, net: Net): Promise<{assertion: Doc; fetchedFrom: string} | string> {
  const {bytes, url: finalUrl} = await net.get(url, HOSTED_ACCEPT);
  const text = new TextDecoder().decode(bytes).trim();
  if(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text)) {
    return text;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw problem('network_error', url, 'the answer is not JSON');
  }
  if(!isOb2Assertion(json)) {
    throw problem('network_error', url, 'the answer is not an Open Badges assertion');
  }
  return {assertion: json, fetchedFrom: stripQuery(finalUrl)};
}

/** Badge class and issuer, embedded or by URL; their absence is recorded, never fatal here. */
async function loadRelated(assertion: Doc, net: Net): Promise<{badgeClass: Doc | null; issuer: Doc | null; relatedError: FetchProblem | null}> {
  if(assertion.revoked === true && !assertion.badge) {
    return {badgeClass: null, issuer: null, relatedError: null}; // the revoked stub names nothing else
  }
  try {
    const badgeClass = isRecord(assertion.badge) ? assertion.badge : await getDoc(idOf(assertion.badge), net, 'badge class');
    const issuer = isRecord(badgeClass.issuer) ? badgeClass.issuer : await getDoc(idOf(badgeClass.issuer), net, 'issuer profile');
    return {badgeClass, issuer, relatedError: null};
  } catch(error) {
    const badgeClass = isRecord(assertion.badge) ? assertion.badge : null;
    return {badgeClass, issuer: null, relatedError: asProblem(error, idOf(assertion.badge) ?? '')};
  }
}

/** A badge class, issuer profile or key document, fetched over https, as a JSON object. */
export async function getDoc(url: string | null, net: Net, what: string): Promise<Doc> {
  const target = httpsUrl(url);
  if(!target) {
    throw problem('network_error', String(url), `the ${what} has no https address`);
  }
  const {json} = await net.getJson(target);
  if(!isRecord(json)) {
    throw problem('network_error', target, `the ${what} is not a JSON object`);
  }
  return json;
}

/**
 * OB 2.0 documents often name themselves with http:// URLs; we only ever fetch over https, so the
 * same address is asked for over https (the identifier itself is kept as written).
 */
export function httpsUrl(url: string | null | undefined): string | null {
  if(!url || !/^https?:\/\//i.test(url)) {
    return null;
  }
  try {
    // A loopback issuer (a developer's own edubadges) keeps http: the network layer allows that
    // only with allowPrivateNetwork, and refuses it otherwise.
    return isPrivateHost(new URL(url).hostname) ? url : url.replace(/^http:\/\//i, 'https://');
  } catch {
    return null;
  }
}

function recogniseHosted(url: string): Extract<Recognised, {kind: 'ob2-hosted'}> | null {
  const found = recognise(url);
  return found?.kind === 'ob2-hosted' ? found : null;
}

export function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

function problem(code: FetchProblem['code'], url: string, message: string): FetchProblem & Error {
  return Object.assign(new Error(message), {code, url, message});
}

function asProblem(error: unknown, url: string): FetchProblem {
  if(isNetError(error)) {
    return {code: error.code, url: error.url, message: error.message, ...(error.httpStatus ? {httpStatus: error.httpStatus} : {})};
  }
  const known = error as Partial<FetchProblem>;
  return {code: known.code ?? 'network_error', url: known.url ?? url, message: known.message ?? String(error)};
}
