import {CHECKS} from './checks/index.js';
import {networkOutcome} from './checks/network-outcome.js';
import {createKeyResolver} from './did/resolve-key.js';
import {isVcJsonLd, parseVcJsonLd} from './formats/vc-data-integrity.js';
import {reasonParams, text} from './i18n/text.js';
import {readInput, type RawInput} from './input/read-input.js';
import {createNet, type Net} from './net/fetcher.js';
import {buildReport, rejectedReport} from './report.js';
import type {VerifyRun} from './run.js';
import {BUILTIN_TRUST_LISTS} from './trust/builtin.js';
import type {CheckOutcome, Lang, Report, VerifyInput, VerifyOptions} from './types.js';
import {isRecord, stringsOf} from './util/json.js';

/**
 * Verify one credential (contract §4). Never throws for bad input: every problem is a check
 * outcome in the report. Throws TypeError only when called wrongly.
 */
export async function verify(input: VerifyInput, options: VerifyOptions = {}): Promise<Report> {
  const [first] = await verifyAll(input, options);
  return first;
}

/** Like `verify`, but one report per enclosed credential (presentations hold several). */
export async function verifyAll(input: VerifyInput, options: VerifyOptions = {}): Promise<Report[]> {
  assertOptions(options);
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const name = options.inputName ?? (typeof input === 'string' && /^https?:\/\//i.test(input.trim()) ? input.trim() : '-');
  const net = createNet(options);
  try {
    return [await verifyRaw(readInput(input), name, lang, net, options)];
  } catch(error) {
    const outcome: CheckOutcome = {status: 'unknown', code: 'internal_error', evidence: {error: String(error).slice(0, 300)}};
    return [rejectedReport(name, 'unknown', outcome, lang, options.recipient !== undefined)];
  }
}

async function verifyRaw(raw: RawInput, name: string, lang: Lang, net: Net, options: VerifyOptions): Promise<Report> {
  const recipientRequested = options.recipient !== undefined;
  const reject = (outcome: CheckOutcome, integrity?: CheckOutcome) =>
    rejectedReport(name, 'unknown', outcome, lang, recipientRequested, integrity);
  if(raw.kind === 'url') {
    try {
      const {json} = await net.getJson(raw.url);
      return verifyRaw(readInput(json), name, lang, net, options);
    } catch(error) {
      const outcome = networkOutcome(error, 'credential') ?? {status: 'unknown', code: 'network_error', evidence: {}};
      const notFound = (error as {code?: string}).code === 'not_found';
      return reject(outcome, notFound ? {status: 'unknown', code: 'not_found', evidence: {url: raw.url}} : undefined);
    }
  }
  if(raw.kind === 'rejected') {
    return reject({status: 'fail', code: raw.code, params: reasonParams(raw.reason), evidence: {reason: raw.reason.en}});
  }
  if(raw.kind === 'jws' || raw.kind === 'image') {
    return reject({status: 'unknown', code: 'unsupported_format', params: {kinds: raw.kind === 'jws' ? 'JWS/JWT' : raw.mediaType},
      evidence: {kind: raw.kind}});
  }
  const declared = isRecord(raw.value) ? stringsOf(raw.value.type) : [];
  if(declared.includes('VerifiablePresentation')) {
    // Presentations come with the formats work; say so rather than call them malformed.
    return reject({status: 'unknown', code: 'unsupported_format', params: {kinds: 'VerifiablePresentation'}, evidence: {types: declared}});
  }
  if(!isVcJsonLd(raw.value)) {
    const types = isRecord(raw.value) ? stringsOf(raw.value.type) : [];
    return types.length > 0 ?
      reject({status: 'unknown', code: 'unsupported_format', params: {kinds: types.join(', ')}, evidence: {types}}) :
      reject({status: 'fail', code: 'malformed', params: reasonParams(text('the JSON is not a credential', 'de JSON is geen certificaat')), evidence: {}});
  }
  const credential = parseVcJsonLd(raw.value);
  const run: VerifyRun = {
    credential, net, keys: createKeyResolver(net), now: options.now ?? new Date(), lang,
    recipient: options.recipient ?? null, trustLists: [...BUILTIN_TRUST_LISTS, ...(options.trust ?? [])],
    outcomes: {}, verifiedKeys: [],
  };
  for(const [id, check] of CHECKS) {
    try {
      run.outcomes[id] = await check(run);
    } catch(error) {
      // design.md rule 1: a check that throws is `unknown`, never a crash and never a pass.
      run.outcomes[id] = {status: 'unknown', code: 'internal_error', evidence: {error: String(error).slice(0, 300)}};
    }
  }
  return buildReport(name, credential.format, credential, run.outcomes, lang);
}

function assertOptions(options: VerifyOptions): void {
  if(typeof options !== 'object' || options === null) {
    throw new TypeError('verify(input, options): "options" must be an object.');
  }
  if(options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('verify(): "fetch" must be a function.');
  }
  if(options.now !== undefined && !(options.now instanceof Date && !Number.isNaN(options.now.getTime()))) {
    throw new TypeError('verify(): "now" must be a valid Date.');
  }
}
