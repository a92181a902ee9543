// npm run bench: every figure next to a baseline measured in the same run on the same input.
// `npm run bench -- --only formats,cold,batch,memory,widget,extension` runs some parts only.
// BENCH_RUNS (warm runs per verifier, default 100) and BENCH_COLD_RUNS (default 5) tune the effort.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir, totalmem} from 'node:os';
import {join} from 'node:path';
import {batchCli, batchLibrary} from './batch.js';
import {coldRow, type ColdFigures, warmRow, type WarmRow} from './formats.js';
import {buildCases, type FormatCase} from './inputs.js';
import {peakMemoryLargeCredential} from './memory.js';
import {formatTables} from './table.js';
import {bundleSize, ENTRY_BUDGET, FLOOR_BUNDLE, LAZY_BUDGET, measureWidget, PEER_BUNDLE} from './widget-sizes.js';

const PARTS = ['formats', 'cold', 'batch', 'memory', 'widget', 'extension'] as const;
type Part = typeof PARTS[number];
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag === -1 ? [...PARTS] : process.argv[onlyFlag + 1].split(',');
const unknownPart = only.find(part => !PARTS.includes(part as Part));
if(unknownPart) {
  throw new Error(`--only takes ${PARTS.join(',')}; not "${unknownPart}"`);
}
const runs = (part: Part) => only.includes(part);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

const started = Date.now();
const machine = {cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version, loadAverageAtStart: loadavg().map(n => Number(n.toFixed(2)))};
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

export interface FormatResult {
  id: string; label: string; floorLabel: string; peerNote: string | null;
  warm?: WarmRow & {runs: number; oursOverFloor: number; oursOverPeer: number | null; p10OursOverFloor: number; p10OursOverPeer: number | null};
  cold?: {runs: number; ours: ColdFigures; floor: ColdFigures; peer: ColdFigures | null; firstOursOverFloor: number};
}

async function formats(cases: FormatCase[]): Promise<FormatResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cases-'));
  const casesFile = join(dir, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(cases));
  try {
    const rows: FormatResult[] = [];
    for(const c of cases) {
      const row: FormatResult = {id: c.id, label: c.label, floorLabel: c.floorLabel, peerNote: c.peer.kind === 'none' ? c.peer.reason : null};
      if(runs('formats')) {
        log(`warm ${c.id}`);
        const warm = await warmRow(c, RUNS);
        row.warm = {...warm, runs: RUNS, oursOverFloor: warm.ours / warm.floor, oursOverPeer: warm.peer === null ? null : warm.ours / warm.peer,
          p10OursOverFloor: warm.p10.ours / warm.p10.floor, p10OursOverPeer: warm.p10.peer === null ? null : warm.p10.ours / warm.p10.peer};
      }
      if(runs('cold')) {
        log(`cold ${c.id}`);
        const ours = coldRow(casesFile, c, 'ours', COLD_RUNS);
        const floor = coldRow(casesFile, c, 'floor', COLD_RUNS);
        const peer = c.peer.kind === 'none' ? null : coldRow(casesFile, c, 'peer', COLD_RUNS);
        row.cold = {runs: COLD_RUNS, ours, floor, peer, firstOursOverFloor: ours.firstMs / floor.firstMs};
      }
      rows.push(row);
    }
    return rows;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function widget() {
  log('widget: build, chunks in Chromium, peer bundle');
  const sizes = await measureWidget();
  const [peerBundle, floorBundle] = await Promise.all([bundleSize(PEER_BUNDLE), bundleSize(FLOOR_BUNDLE)]);
  return {budgets: {entryGzip: ENTRY_BUDGET, lazyGzip: LAZY_BUDGET}, ...sizes, peerBundle, floorBundle};
}

export interface ExtensionFigures {
  entries: number; coldLastAnnotationMs: number; warmLastAnnotationMs: number;
  coldLongestTaskMs: number; warmLongestTaskMs: number; longTasksOver50: number;
  /** From a Chromium trace: CPU time of the longest task our scripts ran in, of the longest task at all, and without the extension. */
  coldLongestOurTaskCpuMs?: number; warmLongestOurTaskCpuMs?: number;
  coldLongestTaskCpuMs?: number; warmLongestTaskCpuMs?: number; pageAloneLongestTaskCpuMs?: number;
}

/** bench/extension.ts is written separately; without it, or without Chromium, the row says so. */
async function extension(): Promise<{figures: ExtensionFigures | null; note?: string}> {
  log('extension: 50-entry page in headless Chromium');
  const path = './extension.js'; // a variable: the module may not exist yet
  let module: {benchExtension?: () => Promise<ExtensionFigures>};
  try {
    module = await import(path) as typeof module;
  } catch(error) {
    return {figures: null, note: `not measured: bench/extension.ts could not be loaded (${(error as Error).message.split('\n')[0]})`};
  }
  if(typeof module.benchExtension !== 'function') {
    return {figures: null, note: 'not measured: bench/extension.ts exports no benchExtension()'};
  }
  try {
    return {figures: await module.benchExtension()};
  } catch(error) {
    return {figures: null, note: `not measured: ${(error as Error).message.split('\n')[0]}`};
  }
}

const cases = runs('formats') || runs('cold') ? await buildCases() : [];
const result = {
  date: new Date().toISOString(),
  machine,
  formats: cases.length ? await formats(cases) : undefined,
  batch: runs('batch') ? (log('batch: library'), {library: await batchLibrary(), cli: (log('batch: command line'), batchCli())}) : undefined,
  memory: runs('memory') ? (log('memory'), {largeCredential: peakMemoryLargeCredential()}) : undefined,
  widget: runs('widget') ? await widget() : undefined,
  extension: runs('extension') ? await extension() : undefined,
  loadAverageAtEnd: [] as number[],
  seconds: 0,
};
result.loadAverageAtEnd = loadavg().map(n => Number(n.toFixed(2)));
result.seconds = Math.round((Date.now() - started) / 1000);
// Only a full run replaces the recorded results; a partial one (--only) goes to the temporary directory.
const output = only.length === PARTS.length ? new URL('./results/latest.json', import.meta.url).pathname : join(tmpdir(), 'bench-partial.json');
writeFileSync(output, JSON.stringify(result, null, 2) + '\n');
log(`figures written to ${output}`);
process.stdout.write(formatTables(result));

export type BenchResult = typeof result;
