// Batch throughput: 1,000 local credentials through the library and through the command line.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {verify} from '../shared/index.js';

const FIXTURES = ['dcc-ob3-vc2-ed25519-didkey-valid', 'dcc-ob3-vc2-dataintegrity-didkey-obspec-valid', 'dcc-ob3-vc1-ed25519-didkey-valid',
  'dcc-ob3-vc2-ed25519-didkey-tampered', 'w3c-vcdi-eddsa-rdfc-2022-signed'];
const texts = FIXTURES.map(name => readFileSync(new URL(`../test/fixtures/credentials/${name}.json`, import.meta.url), 'utf8'));

export async function batchLibrary(count = 1000): Promise<{seconds: number; perSecond: number}> {
  const start = performance.now();
  for(let i = 0; i < count; i++) {
    await verify(texts[i % texts.length], {offline: true});
  }
  const seconds = (performance.now() - start) / 1000;
  return {seconds, perSecond: count / seconds};
}

export function batchCli(count = 1000): {seconds: number; perSecond: number; maxRssMiB: number} {
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  const files = Array.from({length: count}, (_, i) => {
    const file = join(dir, `${i}.json`);
    writeFileSync(file, texts[i % texts.length]);
    return file;
  });
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['--import', 'tsx', '--import', new URL('./report-rss.mjs', import.meta.url).pathname,
      'cli/main.ts', '--json', '--offline', ...files], {cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'ignore', 'pipe']});
  } catch(error) {
    // Exit 1 (invalid) and 4 (warning) are expected: the batch holds tampered credentials.
    const {status, stderr} = error as {status: number; stderr: Buffer};
    if(status !== 1 && status !== 4) {
      throw error;
    }
    const seconds = (performance.now() - start) / 1000;
    rmSync(dir, {recursive: true, force: true});
    const rss = /maxrss-kib (\d+)/.exec(stderr.toString());
    return {seconds, perSecond: count / seconds, maxRssMiB: rss ? Number(rss[1]) / 1024 : NaN};
  }
  rmSync(dir, {recursive: true, force: true});
  throw new Error('the batch should have exited 1');
}
