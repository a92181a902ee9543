import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import preact from '@preact/preset-vite';
import {build, defineConfig, type Plugin} from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages load the real build of <microcredential-verify>, as an institution would: it is
 * built into ./widget/ of the site once the pages are (contract §5 build, same config).
 */
function withWidget(): Plugin {
  let outDir = '';
  return {
    name: 'demo-with-widget',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({configFile: fileURLToPath(new URL('../widget/vite.config.ts', import.meta.url)), logLevel: 'warn',
        build: {outDir: join(outDir, 'widget')}});
    },
  };
}

/** The demo site of `npm start` (contract §8): the institution example and the learner preview, static, in dist/demo. */
export default defineConfig({
  root: here,
  // Relative asset URLs: the folder works from any path, and from a test's temporary folder.
  base: './',
  plugins: [preact(), withWidget()],
  build: {
    outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The learner preview bundles the shared scorecard; the widget has its own budget, the pages none.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {input: {index: join(here, 'index.html'), preview: join(here, 'preview.html')}},
  },
  // `vite --config demo/vite.config.ts` (dev server) reads samples from test/fixtures and the core from shared/.
  server: {fs: {allow: [fileURLToPath(new URL('..', import.meta.url))]}},
});
