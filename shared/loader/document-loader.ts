import {BUNDLED_CONTEXTS} from './contexts.js';

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
   * The verification methods the proofs name, and how to look one up (through the network
   * layer). Only these exact URLs are ever resolved as keys; a context URL never is.
   */
  keys?: {urls: ReadonlySet<string>; resolve: (url: string) => Promise<object>};
}

/**
 * A JSON-LD document loader for one verification run: bundled contexts, verification
 * methods through `resolveKey`, nothing else. It remembers what it refused, because jsonld
 * replaces our error with its own "Dereferencing a URL did not result in a valid JSON-LD object".
 */
export function createDocumentLoader(options: LoaderOptions = {}): DocumentLoader & {refused: string[]} {
  const refused: string[] = [];
  const loader = async(url: string): Promise<RemoteDocument> => {
    const context = BUNDLED_CONTEXTS.get(url);
    if(context) {
      return {contextUrl: null, documentUrl: url, document: context};
    }
    if(options.keys?.urls.has(url)) {
      return {contextUrl: null, documentUrl: url, document: await options.keys.resolve(url)};
    }
    refused.push(url);
    throw new ContextNotAllowedError(url);
  };
  return Object.assign(loader, {refused});
}
