import type {Plugin} from 'vite';

/**
 * Library code the web component can never reach, replaced in its build by a stub that throws, and one polyfill it does not need.
 *
 * `jsonld` and `rdf-canonize` are CommonJS packages whose main module requires every algorithm,
 * so no bundler can shake the ones a verifier does not call. Verification calls exactly
 * `jsonld.toRDF` (the cryptosuites' and Ed25519Signature2020's canonicalisation) and
 * `jsonld.getValues`/`addValue` (jsonld-signatures' ProofSet); framing is only reached through
 * `ControllerProofPurpose` and `LinkedDataSignature.getVerificationMethod`, which this project
 * replaces (shared/proofs/data-integrity.ts: a plain ProofPurpose and pre-resolved keys). The
 * document loader is always ours, so jsonld's XMLHttpRequest loader is never installed for use.
 *
 * rdf-canonize yields to the event loop during long canonicalisations with `setImmediate`, which
 * browsers lack; its browser build loads the `setimmediate` polyfill (~2 KB gzip), which also
 * installs a global on the host page. A MessageChannel does the same job locally.
 *
 * jsonld keeps its context caches in `lru-cache` 6 (with `yallist`, ~5 KB gzip) and calls only
 * `new LRU({max})`, `get` and `set` on them (jsonld.js, ResolvedContext.js); a Map kept in
 * insertion order gives the same least-recently-used behaviour.
 *
 * Reaching a stub throws, which the core turns into `unknown` (never `pass`, design.md rule 1);
 * the widget's browser tests verify every Data Integrity suite with this build. Node (the CLI, the
 * library) keep the whole packages; the web component and the extension are built with this plugin.
 */
const STUBS: Record<string, string> = {
  'jsonld/lib/compact.js': 'compact compactIri compactValue',
  'jsonld/lib/frame.js': 'frameMergedOrDefault cleanupNull frame',
  'jsonld/lib/fromRdf.js': 'fromRDF',
  'jsonld/lib/flatten.js': 'flatten',
  'rdf-canonize/lib/RDFC10Sync.js': '',
};
/** jsonld installs its XMLHttpRequest loader when it loads (platform-browser.js): the factory must work, the loader never. */
const LOADER_FACTORY = 'jsonld/lib/documentLoaders/xhr.js';

const CANONIZE_PLATFORM = 'rdf-canonize/lib/platform-browser.js';
const POLYFILL = "require('setimmediate');\n\nexports.setImmediate = setImmediate;";
const LOCAL_YIELD = `const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
exports.setImmediate = callback => {
  waiting.push(callback);
  channel.port2.postMessage(null);
};`;

const LRU_CACHE = 'jsonld/node_modules/lru-cache/index.js';
const SMALL_LRU = `module.exports = class LRU {
  constructor({max}) { this.max = max; this.map = new Map(); }
  get(key) {
    if(!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if(this.map.size > this.max) this.map.delete(this.map.keys().next().value);
    return true;
  }
};`;

export function unusedLibraryParts(): Plugin {
  return {
    name: 'unused-library-parts',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // The file itself, not the commonjs plugin's `?commonjs-…` companions of it.
      if(!id.replaceAll('\\', '/').endsWith(`/node_modules/${CANONIZE_PLATFORM}`)) {
        return null;
      }
      if(!code.includes(POLYFILL)) {
        // A new rdf-canonize release: look again rather than ship the polyfill unnoticed.
        this.error(`${CANONIZE_PLATFORM} no longer loads setimmediate as expected`);
      }
      return code.replace(POLYFILL, LOCAL_YIELD);
    },
    load(id) {
      const path = id.split('?')[0].replaceAll('\\', '/');
      if(path.endsWith(`/node_modules/${LRU_CACHE}`) && !id.includes('?')) {
        return SMALL_LRU;
      }
      const stub = [...Object.keys(STUBS), LOADER_FACTORY].find(suffix => path.endsWith(`/node_modules/${suffix}`));
      if(stub === undefined) {
        return null;
      }
      const unavailable = `function unavailable() { throw new Error(${JSON.stringify(`${stub} is not part of the web component build`)}); }`;
      if(stub === LOADER_FACTORY) {
        return `${unavailable}\nmodule.exports = () => unavailable;`;
      }
      const names = STUBS[stub].split(' ').filter(Boolean);
      // A module that is itself the export (the RDFC10Sync class) becomes the function.
      return names.length === 0 ? `${unavailable}\nmodule.exports = unavailable;` :
        `${unavailable}\nmodule.exports = {${names.map(name => `${name}: unavailable`).join(', ')}};`;
    },
  };
}
