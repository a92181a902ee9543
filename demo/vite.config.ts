import {fileURLToPath} from 'node:url';
import preact from '@preact/preset-vite';
import {defineConfig} from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The demo site of `npm start` (contract §8): a static build in dist/demo. */
export default defineConfig({
  root: here,
  // Relative asset URLs: the folder works from any path, and from a test's temporary folder.
  base: './',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)),
    emptyOutDir: true,
    // The JSON-LD stack alone is a few hundred kB; the widget has its own budget, the demo none.
    chunkSizeWarningLimit: 2000,
  },
  // `vite --config demo/vite.config.ts` (dev server) reads samples from test/fixtures and the core from shared/.
  server: {fs: {allow: [fileURLToPath(new URL('..', import.meta.url))]}},
});
