import {BUNDLED_CONTEXT_URLS, loadBundledContext} from './contexts.js';

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Thrown for a context URL we do not bundle; the format check reports it as `context_not_allowed`. */
export class ContextNotAllowedError extends Error {
  constructor(readonly url: string) {
    super(`The JSON-LD context "${url}" is not one of the bundled contexts; remote contexts are never loaded.`);
    this.name = 'ContextNotAllowedError';
  }
}

export interface LoaderOptions {
  /**
   * Verification methods already looked up (by the integrity check, through the network layer),
   * by URL. The loader itself never fetches anything.
   */
  keys?: ReadonlyMap<string, object>;
}

/**
 * A JSON-LD document loader for one verification run: bundled contexts and the verification
 * methods it was given, nothing else. It remembers what it refused, because jsonld
 * replaces our error with its own "Dereferencing a URL did not result in a valid JSON-LD object".
 */
export function createDocumentLoader(options: LoaderOptions = {}): DocumentLoader & {refused: string[]} {
  const refused: string[] = [];
  const loader = async(url: string): Promise<RemoteDocument> => {
    const context = loadBundledContext(url);
    if(context) {
      return {contextUrl: null, documentUrl: url, document: await context};
    }
    const key = options.keys?.get(url);
    if(key) {
      return {contextUrl: null, documentUrl: url, document: key};
    }
    refused.push(url);
    throw new ContextNotAllowedError(url);
  };
  return Object.assign(loader, {refused});
}

/**
 * Every context URL the document names, at any depth (a credential may carry inline scoped
 * contexts).
 */
export function namedContexts(document: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [document];
  while(stack.length > 0) {
    const node = stack.pop();
    if(typeof node !== 'object' || node === null) {
      continue;
    }
    if(!Array.isArray(node) && '@context' in node) {
      const contexts = (node as Record<string, unknown>)['@context'];
      for(const context of Array.isArray(contexts) ? contexts : [contexts]) {
        if(typeof context === 'string') {
          found.add(context);
        }
      }
    }
    stack.push(...Object.values(node));
  }
  return [...found];
}

/**
 * The context URLs the document names that we do not bundle. Checked before any processing, so
 * no JSON-LD work and no request happens for a credential that needs a context we do not have.
 */
export const unbundledContexts = (document: unknown): string[] =>
  namedContexts(document).filter(context => !BUNDLED_CONTEXT_URLS.has(context));
