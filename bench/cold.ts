// One cold run in a fresh process: module load time, then the first verification.
import {readFileSync} from 'node:fs';

const which = process.argv[2];
const credential = JSON.parse(readFileSync(new URL('../test/fixtures/credentials/dcc-ob3-vc2-dataintegrity-didkey-obspec-valid.json', import.meta.url), 'utf8'));
const t0 = performance.now();
const run = which === 'ours' ?
  await import('../shared/index.js').then(m => async() => (await m.verify(credential, {offline: true})).checks[1].status === 'pass') :
  await import('./baseline-vc.js').then(m => () => m.verifyWithVc(credential));
const t1 = performance.now();
const ok = await run();
const t2 = performance.now();
process.stdout.write(JSON.stringify({which, ok, loadMs: t1 - t0, firstMs: t2 - t1}) + '\n');
