import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INPUTS = ['widget', 'shared', 'package-lock.json', 'tsconfig.json'];
const STALE_LOCK_MS = 180_000;

/**
 * Build the widget into `outDir`, once per source state for all test files: the browser suites
 * run in parallel workers, and four identical builds would cost a 2-core machine ~15 s. The
 * build is keyed by a hash of its inputs (widget/, shared/, the lock file); the first worker
 * builds under a lock directory, the others wait for it and copy the result.
 */
export async function buildWidgetInto(outDir: string): Promise<void> {
  const cache = join(tmpdir(), `widget-test-build-${inputHash()}`);
  const done = join(cache, '.done');
  const lock = `${cache}.lock`;
  const deadline = Date.now() + STALE_LOCK_MS;
  while(!existsSync(done)) {
    if(tryLock(lock)) {
      try {
        const scratch = `${cache}.tmp-${process.pid}`;
        await build({configFile: join(ROOT, 'widget/vite.config.ts'), logLevel: 'warn', build: {outDir: scratch}});
        writeFileSync(join(scratch, '.done'), '');
        rmSync(cache, {recursive: true, force: true});
        renameSync(scratch, cache);
      } finally {
        rmSync(lock, {recursive: true, force: true});
      }
      break;
    }
    if(Date.now() > deadline) {
      throw new Error(`the widget build under ${lock} did not finish`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  cpSync(cache, outDir, {recursive: true, filter: source => !source.endsWith('.done')});
}

/** mkdir is atomic: whoever creates the lock builds. A lock left by a crashed worker expires. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    const held = statSync(lock, {throwIfNoEntry: false});
    if(held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
      rmSync(lock, {recursive: true, force: true});
    }
    return false;
  }
}

function inputHash(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    const info = statSync(path);
    if(info.isDirectory()) {
      for(const name of readdirSync(path).sort()) {
        walk(join(path, name));
      }
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  INPUTS.forEach(input => walk(join(ROOT, input)));
  return hash.digest('hex').slice(0, 16);
}
