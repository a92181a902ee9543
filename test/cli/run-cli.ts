import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOOK = fileURLToPath(new URL('../helpers/fixture-fetch-hook.mjs', import.meta.url));
export const CREDENTIALS = 'test/fixtures/credentials/';

export interface CliResult {code: number | null; stdout: string; stderr: string}

/**
 * Run the real command line in a child process, as a user would, with the network replaced
 * through NODE_OPTIONS (contract §1) and a fixed English locale unless `env` says otherwise.
 */
export function runCli(
  args: readonly string[],
  {env = {}, stdin, viaNpm = false}: {env?: Record<string, string>; stdin?: string; viaNpm?: boolean} = {},
): Promise<CliResult> {
  const [command, prefix] = viaNpm
    ? ['npm', ['run', 'verify', '--']]
    : [process.execPath, ['--import', 'tsx', 'cli/main.ts']];
  const child = spawn(command, [...prefix, ...args], {
    cwd: ROOT,
    // As a user's shell runs it: without the npm_config_* settings of the `npm test` that started us.
    env: {...withoutNpmConfig(process.env), NODE_OPTIONS: `--import ${HOOK}`, LANG: 'en_GB.UTF-8', NO_COLOR: '1', FORCE_COLOR: '', ...env},
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code => resolve({code, stdout, stderr}));
  });
}

function withoutNpmConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.toLowerCase().startsWith('npm_config_')));
}
