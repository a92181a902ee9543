// Per-format verification time: warm (median of RUNS after a warm-up, the three verifiers
// interleaved so drift hits all alike) and cold (fresh processes, median of COLD_RUNS).
import {execFileSync} from 'node:child_process';
import type {FormatCase} from './inputs.js';
import {makeRun, type Run, type Which} from './verifiers.js';

const WARMUP = 10;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)];
export const median = (values: number[]) => quantile(values, 0.5);

/**
 * Medians, and the 10th percentiles: on a shared machine under load, preemption and garbage
 * collection land in the slow tail; the 10th percentile is each verifier's least disturbed cost.
 */
export interface WarmRow {ours: number; floor: number; peer: number | null; p10: {ours: number; floor: number; peer: number | null}}
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
  const peer = times.peer.length > 0;
  return {ours: median(times.ours), floor: median(times.floor), peer: peer ? median(times.peer) : null,
    p10: {ours: quantile(times.ours, 0.1), floor: quantile(times.floor, 0.1), peer: peer ? quantile(times.peer, 0.1) : null}};
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
