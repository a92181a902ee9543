import './stdout-guard.js';
import {runCli} from './run.js';

const code = await runCli({
  argv: process.argv.slice(2), env: process.env, stdin: () => process.stdin, stdout: process.stdout, stderr: process.stderr,
});
// exitCode rather than exit(): stdout to a pipe is flushed before the process ends.
process.exitCode = code;
