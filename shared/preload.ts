import {loadTokenStatusList} from './checks/status.js';
import {loadMessages} from './i18n/messages.js';
import {formats} from './load.js';
import {BUNDLED_CONTEXT_URLS, loadBundledContext} from './loader/contexts.js';
import {preloadSuites} from './proofs/data-integrity.js';
import {READER_LOADERS} from './quality/read/load-reader.js';
import {loadJudge} from './quality/scorecard.js';
import {securing} from './securing/lazy.js';
import {loadPresentationProof} from './verify.js';

/**
 * Import now every part the verifier otherwise imports on first use: formats, securing methods,
 * proof suites, JSON-LD contexts, quality readers and rules, both languages' wording. For Node and
 * other long-lived hosts, where size does not matter: the first verification then costs what the
 * next ones do (the cold-start budget of design.md counts module load apart). The web component
 * never calls it: there each part is a download, made only when a credential needs it.
 */
export async function preload(): Promise<void> {
  const loaders: (() => Promise<unknown>)[] = [
    ...Object.values(formats), ...Object.values(securing), ...Object.values(READER_LOADERS),
    loadJudge, loadTokenStatusList, loadPresentationProof, preloadSuites,
    () => loadMessages('en'), () => loadMessages('nl'),
    ...[...BUNDLED_CONTEXT_URLS].map(url => () => loadBundledContext(url) ?? Promise.resolve()),
  ];
  await Promise.all(loaders.map(load => load()));
}
