import type {Credential, FetchProblem} from './credential.js';
import {asAchievement} from './formats/achievement.js';
import {isEuropassCredential, parseEuropassCredential} from './formats/elm.js';
import {decodeJws} from './formats/jws.js';
import {splitSdJwt} from './formats/sd-jwt.js';
import {isOb2Assertion} from './formats/ob2.js';
import {parseOb2Signed} from './formats/ob2-signed.js';
import type {HostedStart} from './formats/ob2-hosted.js';
import {isVcJsonLd, parseVcJsonLd} from './formats/vc-data-integrity.js';
import {isVcJwt, parseVcJwt} from './formats/vc-jwt.js';
import {problemOutcome} from './checks/network-outcome.js';
import {reasonParams, text} from './i18n/text.js';
import {readInput, type RawInput} from './input/read-input.js';
import type {Net} from './net/fetcher.js';
import {isNetError} from './net/net-error.js';
import type {Recognised} from './platforms/recognise.js';
import type {CheckOutcome} from './types.js';
import {isRecord, stringsOf} from './util/json.js';
import {lazy} from './util/lazy.js';

// Formats other than Data Integrity JSON, the image readers and the platform recognisers are
// loaded when an input needs them, so a page that verifies one kind of credential downloads only
// that kind's code (design.md: widget budgets).
export const formats = {
  recognise: lazy(() => import('./platforms/recognise.js')),
  ob2Hosted: lazy(() => import('./formats/ob2-hosted.js')),
  unbake: lazy(() => import('./images/unbake.js')),
  png: lazy(() => import('./images/png.js')),
  sdJwtVc: lazy(() => import('./formats/sd-jwt-vc.js')),
};

/** A credential to check, or the reason there is none (reported through `format` and `integrity`). */
export type Loaded =
  | {credential: Credential}
  /** A badge class or achievement on its own: what a course leads to, not an award (institution mode). */
  | {achievement: Credential}
  | {rejected: CheckOutcome; integrity?: CheckOutcome};

const MAX_NESTING = 3; // URL → image → URL …: a hostile chain of pointers ends here

/**
 * Detect the format of the input and assemble one normalised credential, fetching what the
 * format needs (a hosted assertion and its badge class and issuer). Formats are tried in a
 * fixed order; each is one file in formats/.
 */
export async function load(raw: RawInput, net: Net, depth = 0): Promise<Loaded> {
  if(depth > MAX_NESTING) {
    return rejected('malformed', text('it points to other documents too many times', 'het verwijst te vaak door naar andere documenten'));
  }
  switch(raw.kind) {
  case 'rejected':
    return {rejected: {status: 'fail', code: raw.code, params: reasonParams(raw.reason), evidence: {reason: raw.reason.en}}};
  case 'url':
    return loadUrl(raw.url, net, depth);
  case 'json':
    return loadJson(raw.value, net);
  case 'jws':
    return loadJws(raw.token);
  case 'image':
    return loadImage(raw.mediaType, raw.bytes, net, depth);
  }
}

async function loadUrl(url: string, net: Net, depth: number): Promise<Loaded> {
  const [{recognise}, {HOSTED_ACCEPT}] = await Promise.all([formats.recognise(), formats.ob2Hosted()]);
  const known = recognise(url);
  if(known?.kind === 'not-verifiable') {
    return {rejected: {status: 'unknown', code: 'platform_not_verifiable', params: {platform: PLATFORM_NAMES[known.platform] ?? known.platform},
      evidence: {platform: known.platform, id: known.id}}};
  }
  if(known?.kind === 'ob2-hosted') {
    return fromHosted(await hostedLoad({url, recognised: known}, net));
  }
  if(known?.kind === 'badge-class') {
    return loadBadgeClass(known, net);
  }
  let fetched;
  try {
    fetched = await net.get(url, HOSTED_ACCEPT);
  } catch(error) {
    // 410 Gone is how an Open Badges 2.0 host answers for a revoked assertion.
    return isNetError(error) && error.httpStatus === 410 ? fromHosted(await hostedLoad({url, recognised: null}, net)) : fetchRejected(error);
  }
  if(/^text\/html/i.test(fetched.contentType)) {
    return unsupported(text('a web page (HTML), not a credential', 'een webpagina (HTML), geen certificaat').en, {contentType: fetched.contentType});
  }
  const inner = readInput(fetched.bytes);
  if(inner.kind === 'json' && isOb2Assertion(inner.value)) {
    return fromHosted(await hostedLoad({url, recognised: null}, net));
  }
  const loaded = await load(inner, net, depth + 1);
  for(const credential of 'credential' in loaded ? [loaded.credential] : 'achievement' in loaded ? [loaded.achievement] : []) {
    credential.servedFrom ??= new URL(fetched.url).origin;
  }
  return loaded;
}

async function loadBadgeClass(known: Extract<Recognised, {kind: 'badge-class'}>, net: Net): Promise<Loaded> {
  try {
    const {json, url} = await net.getJson(known.jsonUrl);
    const achievement = asAchievement(json);
    if(!achievement) {
      return unsupported('not a badge class', {url});
    }
    achievement.servedFrom = new URL(url).origin;
    achievement.platform = {id: known.platform, environment: known.environment};
    return {achievement};
  } catch(error) {
    return fetchRejected(error);
  }
}

async function loadJson(value: unknown, net: Net): Promise<Loaded> {
  const types = isRecord(value) ? stringsOf(value.type) : [];
  if(types.includes('VerifiablePresentation')) {
    // Presentations come with the formats work; say so rather than call them malformed.
    return unsupported('VerifiablePresentation', {types});
  }
  if(isEuropassCredential(value)) {
    return {credential: parseEuropassCredential(value)};
  }
  if(isVcJsonLd(value)) {
    return {credential: parseVcJsonLd(value)};
  }
  if(isOb2Assertion(value)) {
    return fromHosted(await hostedLoad({assertion: value}, net));
  }
  const achievement = asAchievement(value);
  if(achievement) {
    return {achievement};
  }
  return types.length > 0 ? unsupported(types.join(', '), {types}) :
    rejected('malformed', text('the JSON is not a credential', 'de JSON is geen certificaat'));
}

async function loadImage(mediaType: 'image/png' | 'image/svg+xml', bytes: Uint8Array, net: Net, depth: number): Promise<Loaded> {
  const [{unbake}, {ImageProblem}] = await Promise.all([formats.unbake(), formats.png()]);
  let payload: string | null;
  try {
    payload = await unbake(mediaType, bytes);
  } catch(error) {
    const reason = error instanceof ImageProblem ? error.message : 'the image could not be read';
    return rejected('malformed', text(`the image is broken: ${reason}`, `de afbeelding is kapot: ${reason}`));
  }
  if(payload === null) {
    return rejected('malformed', text('the image carries no baked credential', 'de afbeelding bevat geen ingebakken certificaat'));
  }
  return load(readInput(payload), net, depth + 1);
}

async function loadJws(token: string): Promise<Loaded> {
  const sdJwt = splitSdJwt(token);
  if(sdJwt) {
    const {isSdJwtVc, parseSdJwtVc} = await formats.sdJwtVc();
    return isSdJwtVc(sdJwt) ? {credential: await parseSdJwtVc(token, sdJwt)} : unsupported('SD-JWT', {header: sdJwt.issuer.header});
  }
  const decoded = decodeJws(token);
  if(!decoded) {
    return rejected('malformed', text('the token is not a JWS with a JSON header and payload', 'het token is geen JWS met JSON-kop en -inhoud'));
  }
  if(isOb2Assertion(decoded.payload)) {
    return {credential: parseOb2Signed(token, decoded.header, decoded.payload)};
  }
  if(isVcJwt(decoded.header, decoded.payload)) {
    return {credential: parseVcJwt(token, decoded.header, decoded.payload as Record<string, unknown>)};
  }
  return unsupported(`JWT (${String(decoded.header.typ ?? decoded.header.alg ?? 'unknown')})`, {header: decoded.header});
}

async function fromHosted(result: Awaited<ReturnType<typeof hostedLoad>>): Promise<Loaded> {
  if('failed' in result) {
    return fetchRejected(result.failed);
  }
  if('token' in result) {
    return loadJws(result.token);
  }
  return {credential: result};
}

function fetchRejected(error: unknown): Loaded {
  const problem: FetchProblem | null = isNetError(error) ? {code: error.code, url: error.url, message: error.message, httpStatus: error.httpStatus} :
    isRecord(error) && typeof error.code === 'string' ? error as unknown as FetchProblem : null;
  const outcome = problemOutcome(problem ?? {code: 'network_error', url: '', message: String(error)}, 'credential');
  return problem?.code === 'not_found' ?
    {rejected: outcome, integrity: {status: 'unknown', code: 'not_found', evidence: {url: problem.url, httpStatus: problem.httpStatus ?? null}}} :
    {rejected: outcome};
}

function rejected(code: 'malformed', reason: ReturnType<typeof text>): Loaded {
  return {rejected: {status: 'fail', code, params: reasonParams(reason), evidence: {reason: reason.en}}};
}

function unsupported(kinds: string, evidence: Record<string, unknown>): Loaded {
  return {rejected: {status: 'unknown', code: 'unsupported_format', params: {kinds}, evidence}};
}

const PLATFORM_NAMES: Record<string, string> = {
  'linkedin-learning': 'LinkedIn Learning', coursera: 'Coursera', 'microsoft-learn': 'Microsoft Learn',
};

async function hostedLoad(start: HostedStart, net: Net) {
  return (await formats.ob2Hosted()).loadOb2Hosted(start, net);
}
