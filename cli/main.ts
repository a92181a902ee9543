import {runCli} from './run.js';

// `npm run verify | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if(error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});

const code = await runCli({
  argv: process.argv.slice(2), env: process.env, stdin: () => process.stdin, stdout: process.stdout, stderr: process.stderr,
});
// exitCode rather than exit(): stdout to a pipe is flushed before the process ends.
process.exitCode = code;
