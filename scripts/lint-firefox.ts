import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import webExt from 'web-ext';

/**
 * `npm run lint:firefox`: builds the Firefox MV3 extension and runs Mozilla's `web-ext lint`
 * (addons-linter, the checks addons.mozilla.org runs on upload) over it. Fails on any error and on
 * any warning not listed below with the reason it is safe. Offline; about 10 s for the lint on
 * two cores, plus the build.
 *
 *   npm run lint:firefox                 # build, then lint .output/firefox-mv3
 *   npm run lint:firefox -- --no-build   # lint the build that is there
 */

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintResult {
  summary: {errors: number; warnings: number; notices: number};
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Warnings looked at one by one, and why each is no risk. Anything else fails the lint. */
export const JUSTIFIED: {code: string; file: RegExp; message?: RegExp; why: string}[] = [
  {code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/[a-z]+\.js|chunks\/[\w-]+\.js)$/, message: /innerHTML/,
    why: 'Preact\'s renderer, in its branch for the dangerouslySetInnerHTML prop; no component of ours passes that prop, and credential text is always rendered as text'},
  {code: 'DANGEROUS_EVAL', file: /^(chunks\/load-pdfjs-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/,
    why: 'pdf.js probes whether eval works (`new Function("")` in a try) and compiles PostScript functions only when it does and isEvalSupported is set; the extension turns it off and MV3\'s CSP forbids it'},
  {code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(chunks\/load-pdfjs-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/, message: /import/,
    why: 'pdf.js imports its worker and its image decoder fallback from URLs the extension sets to its own files; an extension page cannot import code from elsewhere (CSP script-src \'self\')'},
];

export const isJustified = (warning: LintMessage): boolean =>
  JUSTIFIED.some(rule => rule.code === warning.code && rule.file.test(warning.file ?? '') && (!rule.message || rule.message.test(warning.message)));

/** web-ext lint on a built extension, in process (no output of its own). */
export async function lintFirefox(sourceDir: string): Promise<LintResult & {unjustified: LintMessage[]}> {
  const result = await webExt.cmd.lint({sourceDir, output: 'none', boring: true}, {shouldExitProgram: false}) as LintResult;
  return {...result, unjustified: result.warnings.filter(warning => !isJustified(warning))};
}

async function main() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  if(!process.argv.includes('--no-build')) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {cwd: root, stdio: 'inherit'});
  }
  const started = performance.now();
  const result = await lintFirefox(`${root}.output/firefox-mv3`);
  const where = (message: LintMessage) => `${message.file ?? ''}${message.line ? `:${message.line}:${message.column}` : ''}`;
  for(const error of result.errors) {
    console.error(`error    ${error.code} ${where(error)} ${error.message}`);
  }
  for(const warning of result.warnings) {
    console.log(`${isJustified(warning) ? 'warning (justified)' : 'warning'} ${warning.code} ${where(warning)} ${warning.message}`);
  }
  console.log(`web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${result.unjustified.length} unjustified), ` +
    `${result.notices.length} notices, ${Math.round(performance.now() - started)} ms`);
  process.exitCode = result.errors.length > 0 || result.unjustified.length > 0 ? 1 : 0;
}

if(process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
