import {CHECKS} from './checks/index.js';
import {createKeyResolver} from './did/resolve-key.js';
import {readInput, type RawInput} from './input/read-input.js';
import {load} from './load.js';
import {loadEdubadgesMicro} from './quality/edubadges-micro.js';
import {READER_LOADERS} from './quality/read/load-reader.js';
import {factSource} from './quality/read/source.js';
import {scorecard} from './quality/scorecard.js';
import {decodeJws} from './formats/jws.js';
import {asJwtPresentation, asLdPresentation, type Presentation} from './formats/presentation.js';
import {loadMessages} from './i18n/messages.js';
import {reasonParams, text} from './i18n/text.js';
import {createNet, type Net} from './net/fetcher.js';
import {achievementReport, buildReport, rejectedReport} from './report.js';
import type {VerifyRun} from './run.js';
import {BUILTIN_TRUST_LISTS} from './trust/builtin.js';
import type {CheckOutcome, Lang, Report, VerifyInput, VerifyOptions} from './types.js';
import {lazy} from './util/lazy.js';

export const loadPresentationProof = lazy(() => import('./securing/presentation-proof.js'));

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
  const net = createNet({...options, maxBytes: options.maxResponseBytes});
  // Fetched while the credential is read and checked, not after (the web component downloads it).
  loadMessages(lang).catch(() => undefined);
  try {
    const raw = readInput(input);
    const presentation = findPresentation(raw);
    return presentation ? await verifyPresentation(presentation, name, lang, net, options) :
      [await verifyRaw(raw, name, lang, net, options)];
  } catch(error) {
    const outcome: CheckOutcome = {status: 'unknown', code: 'internal_error', evidence: {error: String(error).slice(0, 300)}};
    return [await rejectedReport(name, 'unknown', outcome, lang, options.recipient !== undefined)];
  }
}

/**
 * One report per enclosed credential (`input#1`, `input#2`, …), each carrying the result of the
 * presentation's own proof (contract §2 "Presentations").
 */
async function verifyPresentation(presentation: Presentation, name: string, lang: Lang, net: Net, options: VerifyOptions): Promise<Report[]> {
  const {checkPresentationProof} = await loadPresentationProof();
  const info = await checkPresentationProof(presentation, createKeyResolver(net));
  const reports = presentation.credentials.length === 0 ?
    [await rejectedReport(`${name}#1`, 'unknown', {status: 'fail', code: 'malformed',
      params: reasonParams(text('the presentation holds no credential', 'de presentatie bevat geen certificaat')), evidence: {}},
    lang, options.recipient !== undefined)] :
    await Promise.all(presentation.credentials.map((credential, index) =>
      verifyRaw(readInput(credential as VerifyInput), `${name}#${index + 1}`, lang, net, options)));
  return reports.map(report => ({...report, presentation: info}));
}

function findPresentation(raw: RawInput): Presentation | null {
  if(raw.kind === 'json') {
    return asLdPresentation(raw.value);
  }
  const decoded = raw.kind === 'jws' ? decodeJws(raw.token) : null;
  return decoded && raw.kind === 'jws' ? asJwtPresentation(raw.token, decoded) : null;
}

async function verifyRaw(raw: RawInput, name: string, lang: Lang, net: Net, options: VerifyOptions): Promise<Report> {
  const loaded = await load(raw, net);
  if('rejected' in loaded) {
    return rejectedReport(name, 'unknown', loaded.rejected, lang, options.recipient !== undefined, loaded.integrity);
  }
  if('achievement' in loaded) {
    return achievementReport(name, loaded.achievement, lang, options.recipient !== undefined);
  }
  const {credential} = loaded;
  // The scorecard's reader, likewise fetched alongside the checks.
  READER_LOADERS[factSource(credential)]().catch(() => undefined);
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
  // The quality scorecard's one extra request: edubadges' quality-assurance fields (after the checks,
  // and only when the signature or hosting held).
  await loadEdubadgesMicro(run);
  return buildReport(name, credential.format, credential, run.outcomes, lang, await scorecard(credential, lang, run.outcomes));
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
