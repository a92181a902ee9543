import {verifyAll} from '../shared/index.js';
import type {Report, Verdict, VerifyOptions} from '../shared/index.js';
import {parseArgs} from './args.js';
import type {CliOptions} from './args.js';
import {EXIT, exitCodeFor} from './exit-code.js';
import {words} from './messages.js';
import type {UsageProblem} from './messages.js';
import {forEachInOrder} from './ordered-pool.js';
import {formatHuman, formatJson, wantsColour} from './print.js';
import {checkInputs, readInput} from './read-input.js';
import {loadTrustFiles} from './trust-file.js';

/** The process around the command line, passed in so tests can run it in-process. */
export interface CliIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** Called only when an input is `-`: merely touching process.stdin can hold a terminal open. */
  stdin: () => AsyncIterable<Uint8Array>;
  stdout: NodeJS.WritableStream & {isTTY?: boolean};
  stderr: NodeJS.WritableStream;
}

// Enough to overlap slow network inputs; local files are CPU-bound and gain nothing from more.
const CONCURRENCY = 4;

type Outcome = {reports: Report[]} | {error: string};

/** Contract §1 from arguments to exit status. */
export async function runCli(io: CliIo): Promise<number> {
  const parsed = parseArgs(io.argv, io.env);
  if(!parsed.ok) {
    return usageError(io, parsed.lang, parsed.problem);
  }
  const {options} = parsed;
  if(options.help) {
    io.stdout.write(`${words(options.lang).usage}\n`);
    return 0;
  }
  const trust = await loadTrustFiles(options.trustFiles);
  if(!trust.ok) {
    return usageError(io, options.lang, trust.problem);
  }
  const missing = await checkInputs(options.inputs);
  if(missing) {
    return usageError(io, options.lang, missing);
  }
  const base = verifyOptions(options, trust.lists);
  const colour = wantsColour(io.stdout, io.env);
  const verdicts: Verdict[] = [];
  let first = true;
  const verifyOne = async (input: string): Promise<Outcome> => {
    try {
      return {reports: await verifyAll(await readInput(input, io.stdin), {...base, inputName: input})};
    } catch(error) {
      // verify() never throws for bad input, so this is a defect or an unreadable file.
      return {error: error instanceof Error ? error.message : String(error)};
    }
  };
  await forEachInOrder(options.inputs, CONCURRENCY, verifyOne, async (outcome, input) => {
    const say = words(options.lang);
    if('error' in outcome || outcome.reports.length === 0) {
      io.stderr.write(`${'error' in outcome ? say.crashed(input, outcome.error) : say.noReport(input)}\n`);
      verdicts.push('unverifiable');
      return;
    }
    for(const report of outcome.reports) {
      verdicts.push(report.verdict);
      const text = options.json ? formatJson(report) : `${first ? '' : '\n'}${formatHuman(report, options.lang, colour)}`;
      first = false;
      await write(io.stdout, text);
    }
  });
  return exitCodeFor(verdicts);
}

function verifyOptions(options: CliOptions, trust: VerifyOptions['trust']): VerifyOptions {
  // `fetch` is left out on purpose: the core then uses globalThis.fetch per request (contract §1).
  const result: VerifyOptions = {lang: options.lang, offline: options.offline, allowPrivateNetwork: options.allowPrivateNetwork};
  if(options.now) {
    result.now = options.now;
  }
  if(options.recipient !== undefined) {
    result.recipient = options.recipient;
  }
  if(trust && trust.length > 0) {
    result.trust = trust;
  }
  return result;
}

function usageError(io: CliIo, lang: CliOptions['lang'], problem: UsageProblem): number {
  const say = words(lang);
  io.stderr.write(`${say.problem(problem)}\n${say.hint}\n`);
  return EXIT.usage;
}

/** Wait for a full pipe to drain, so a batch of thousands does not pile up in memory. */
const write = (stream: NodeJS.WritableStream, text: string): Promise<void> | void => {
  if(!stream.write(text)) {
    return new Promise(resolve => stream.once('drain', () => resolve()));
  }
};
