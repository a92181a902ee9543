import {CHECKS} from './checks/index.js';
import {createKeyResolver} from './did/resolve-key.js';
import {readInput, type RawInput} from './input/read-input.js';
import {load} from './load.js';
import {createNet, type Net} from './net/fetcher.js';
import {buildReport, rejectedReport} from './report.js';
import type {VerifyRun} from './run.js';
import {BUILTIN_TRUST_LISTS} from './trust/builtin.js';
import type {CheckOutcome, Lang, Report, VerifyInput, VerifyOptions} from './types.js';

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
  const loaded = await load(raw, net);
  if('rejected' in loaded) {
    return rejectedReport(name, 'unknown', loaded.rejected, lang, options.recipient !== undefined, loaded.integrity);
  }
  const {credential} = loaded;
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
