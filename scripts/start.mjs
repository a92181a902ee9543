/* global console, process, URL */
// `npm start` (contract §8): build the demo site (with the web component, demo/vite.config.ts), serve it on 127.0.0.1, print its URL on a
// line of its own, and keep serving until stopped. Progress goes to stderr; stdout carries the URL.
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {serveStatic} from './serve-static.mjs';

const started = performance.now();
const configFile = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/demo', import.meta.url));

process.stderr.write('Building the demo site and the web component…\n');
await build({configFile, logLevel: 'warn'});

const port = process.env.PORT === undefined || process.env.PORT === '' ? 5173 : Number(process.env.PORT);
const {server, url} = await serveStatic(outDir, {port});
console.log(url);
process.stderr.write(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s. Press Ctrl+C to stop.\n`);

for(const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
