// npm run bench: every figure next to a baseline measured in the same run on the same input.
import {execFileSync} from 'node:child_process';
import {cpus, totalmem} from 'node:os';
import {readFileSync, writeFileSync} from 'node:fs';
import {verify} from '../shared/index.js';
import {verifyWithVc} from './baseline-vc.js';
import {batchCli, batchLibrary} from './batch.js';
import {peakMemoryLargeCredential} from './memory.js';
import {verifyWithPeer} from './peer.js';

const FIXTURE = '../test/fixtures/credentials/dcc-ob3-vc2-dataintegrity-didkey-obspec-valid.json';
const credential = JSON.parse(readFileSync(new URL(FIXTURE, import.meta.url), 'utf8'));
const WARMUP = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function warm(): Promise<{ours: number; vc: number; peer: number}> {
  const ours = async() => {
    const report = await verify(credential, {offline: true});
    if(report.checks[1].status !== 'pass') throw new Error('our verify did not pass integrity');
  };
  const vc = async() => {
    if(!await verifyWithVc(credential)) throw new Error('vc did not verify');
  };
  const peer = async() => {
    if(!await verifyWithPeer(credential)) throw new Error('the peer did not verify');
  };
  for(let i = 0; i < WARMUP; i++) {
    await ours();
    await vc();
    await peer();
  }
  const times = {ours: [] as number[], vc: [] as number[], peer: [] as number[]};
  for(let i = 0; i < RUNS; i++) { // interleaved, so drift hits all alike
    for(const [name, fn] of [['ours', ours], ['vc', vc], ['peer', peer]] as const) {
      const start = performance.now();
      await fn();
      times[name].push(performance.now() - start);
    }
  }
  return {ours: median(times.ours), vc: median(times.vc), peer: median(times.peer)};
}

function cold(which: 'ours' | 'vc'): {loadMs: number; firstMs: number} {
  const runs = Array.from({length: COLD_RUNS}, () => JSON.parse(execFileSync(process.execPath,
    ['--import', 'tsx', new URL('./cold.ts', import.meta.url).pathname, which], {encoding: 'utf8'})));
  if(runs.some(run => !run.ok)) throw new Error(`${which}: cold verification failed`);
  return {loadMs: median(runs.map(run => run.loadMs)), firstMs: median(runs.map(run => run.firstMs))};
}

const w = await warm();
const c = {ours: cold('ours'), vc: cold('vc')};
const library = await batchLibrary();
const cli = batchCli();
const memory = peakMemoryLargeCredential();
const result = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  input: 'dcc-ob3-vc2-dataintegrity-didkey-obspec-valid.json (OB 3.0, VC 2.0, eddsa-rdfc-2022, did:key)',
  warm: {runs: RUNS, oursMedianMs: w.ours, vcMedianMs: w.vc, ratio: w.ours / w.vc, peerMedianMs: w.peer, peerRatio: w.ours / w.peer},
  batch: {library, cli},
  memory: {largeCredential: memory},
  cold: {runs: COLD_RUNS, ours: c.ours, vc: c.vc, firstRatio: c.ours.firstMs / c.vc.firstMs},
};
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
const f = (n: number) => n.toFixed(2);
console.log(`| measure (${result.input}) | ours | @digitalbazaar/vc direct | ratio |`);
console.log('| --- | --- | --- | --- |');
console.log(`| warm verify, median of ${RUNS} (ms) | ${f(w.ours)} | ${f(w.vc)} | ${f(result.warm.ratio)}× |`);
console.log(`| cold: first verify in a fresh process (ms, median of ${COLD_RUNS}) | ${f(c.ours.firstMs)} | ${f(c.vc.firstMs)} | ${f(result.cold.firstRatio)}× |`);
console.log(`| cold: module load (ms) | ${f(c.ours.loadMs)} | ${f(c.vc.loadMs)} | ${f(c.ours.loadMs / c.vc.loadMs)}× |`);
console.log(`| warm verify vs the peer @digitalcredentials/verifier-core (ms) | ${f(w.ours)} | peer ${f(w.peer)} | ${f(w.ours / w.peer)}× |`);
console.log('');
console.log('| batch of 1,000 local credentials | seconds | credentials/s | peak memory |');
console.log('| --- | --- | --- | --- |');
console.log(`| library, one after another | ${f(library.seconds)} | ${library.perSecond.toFixed(0)} | — |`);
console.log(`| command line, --json --offline | ${f(cli.seconds)} | ${cli.perSecond.toFixed(0)} | ${cli.maxRssMiB.toFixed(0)} MiB |`);
console.log(`| one 2 MB credential, fresh process | — | — | ${memory.maxRssMiB.toFixed(0)} MiB (${memory.verdict}) |`);
console.log(`\n${result.machine}, ${result.date}`);
