// Per-format verification time: warm (median of RUNS after a warm-up, the three verifiers
// interleaved so drift hits all alike) and cold (fresh processes, median of COLD_RUNS).
import {execFileSync} from 'node:child_process';
import type {FormatCase} from './inputs.js';
import {makeRun, type Run, type Which} from './verifiers.js';

const WARMUP = 10;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface WarmRow {ours: number; floor: number; peer: number | null}
export interface ColdFigures {loadMs: number; firstMs: number}

export async function warmRow(c: FormatCase, runs: number): Promise<WarmRow> {
  const fns: [Which, Run][] = [];
  for(const which of ['ours', 'floor', 'peer'] as const) {
    const run = await makeRun(which, c);
    if(run) {
      fns.push([which, run]);
    }
  }
  const checked = async(which: Which, run: Run) => {
    if(!await run()) {
      throw new Error(`${c.id}: ${which} did not verify`);
    }
  };
  for(let i = 0; i < WARMUP; i++) {
    for(const [which, run] of fns) {
      await checked(which, run);
    }
  }
  const times: Record<Which, number[]> = {ours: [], floor: [], peer: []};
  for(let i = 0; i < runs; i++) {
    for(const [which, run] of fns) {
      const start = performance.now();
      await checked(which, run);
      times[which].push(performance.now() - start);
    }
  }
  return {ours: median(times.ours), floor: median(times.floor), peer: times.peer.length ? median(times.peer) : null};
}

export function coldRow(casesFile: string, c: FormatCase, which: Which, runs: number): ColdFigures {
  const results = Array.from({length: runs}, () => JSON.parse(execFileSync(process.execPath,
    ['--import', 'tsx', new URL('./cold.ts', import.meta.url).pathname, casesFile, c.id, which],
    {encoding: 'utf8', cwd: new URL('..', import.meta.url).pathname})) as {ok: boolean} & ColdFigures);
  if(results.some(result => !result.ok)) {
    throw new Error(`${c.id}: ${which} failed cold`);
  }
  return {loadMs: median(results.map(r => r.loadMs)), firstMs: median(results.map(r => r.firstMs))};
}
