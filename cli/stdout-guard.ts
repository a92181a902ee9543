// Imported first by main.ts, so it takes effect before any library module is evaluated.

// stdout carries reports only (contract §1): whatever a library logs goes to stderr instead.
console.log = console.error;
console.info = console.error;
console.debug = console.error;

// `npm run verify | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if(error.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  throw error;
});
