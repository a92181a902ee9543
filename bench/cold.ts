// One cold run in a fresh process: `tsx bench/cold.ts <cases.json> <row id> <ours|floor|peer>`.
// Module load (import of the verifier and what it needs) and the first verification, timed apart.
import {readFileSync} from 'node:fs';
import type {FormatCase} from './inputs.js';
import {makeRun, type Which} from './verifiers.js';

const [file, id, which] = process.argv.slice(2);
const found = (JSON.parse(readFileSync(file, 'utf8')) as FormatCase[]).find(c => c.id === id);
if(!found) {
  throw new Error(`no row ${id}`);
}
const t0 = performance.now();
const run = await makeRun(which as Which, found);
const t1 = performance.now();
const ok = run ? await run() : false;
const t2 = performance.now();
process.stdout.write(JSON.stringify({which, ok, loadMs: t1 - t0, firstMs: t2 - t1}) + '\n');
