import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {transform} from 'esbuild';
import {defineConfig, type Plugin} from 'vite';
import {unusedLibraryParts} from '../scripts/unused-library-parts.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Library mode leaves an ES build's whitespace in place (Vite keeps it for the downstream
 * bundlers of npm libraries); this file is served to browsers as is, so finish the job. esbuild
 * also escapes non-ASCII characters, which keeps the chunks safe on pages without a UTF-8 charset.
 */
function minifyWhitespace(): Plugin {
  return {
    name: 'minify-whitespace',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for(const chunk of Object.values(bundle)) {
        if(chunk.type === 'chunk') {
          chunk.code = (await transform(chunk.code, {minifyWhitespace: true, format: 'esm', charset: 'ascii', legalComments: 'none'})).code;
        }
      }
    },
  };
}

/** The hand-test page (aesthetics.md §2), next to the build it loads: dist/widget/examples/. */
function examplesPage(): Plugin {
  return {
    name: 'examples-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({type: 'asset', fileName: 'examples/index.html', source: readFileSync(here('examples/index.html'), 'utf8')});
    },
  };
}

/**
 * `<microcredential-verify>` (contract §5): dist/widget/microcredential-verify.js plus lazily
 * loaded chunks in dist/widget/chunks/, which the entry imports relative to its own URL.
 */
export default defineConfig({
  plugins: [unusedLibraryParts(), minifyWhitespace(), examplesPage()],
  // JSX through esbuild with tsconfig's jsxImportSource (preact): no Babel pass needed.
  // jsxDev off even when built from a test process (NODE_ENV=test), so the tests measure the shipped bytes.
  esbuild: {jsx: 'automatic', jsxImportSource: 'preact', jsxDev: false},
  build: {
    outDir: here('../dist/widget'),
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: {entry: here('index.ts'), formats: ['es'], fileName: () => 'microcredential-verify.js'},
    rollupOptions: {
      // Let the entry chunk itself hold what the lazy chunks share with it (Preact, the labels),
      // instead of the default facade that would make the entry import another chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {chunkFileNames: 'chunks/[name]-[hash].js'},
    },
  },
});
