import {lazy} from '../util/lazy.js';

/**
 * The JSON-LD contexts we serve, pinned byte for byte (see scripts/pin-contexts.mjs and pinned.json).
 * Every other context URL is refused: no remote contexts, ever (design.md rule 2). Each is loaded
 * on first use, so a page verifying an OB 3.0.3 credential downloads only the contexts it names.
 */
type Loader = () => Promise<{default: object}>;

const LOADERS: ReadonlyMap<string, Loader> = new Map<string, Loader>([
  ['https://www.w3.org/2018/credentials/v1', () => import('./contexts/vc-v1.json', {with: {type: 'json'}})],
  ['https://www.w3.org/ns/credentials/v2', () => import('./contexts/vc-v2.json', {with: {type: 'json'}})],
  ['https://www.w3.org/ns/credentials/undefined-terms/v2', () => import('./contexts/vc-undefined-terms-v2.json', {with: {type: 'json'}})],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', () => import('./contexts/ob-3.0.0.json', {with: {type: 'json'}})],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', () => import('./contexts/ob-3.0.1.json', {with: {type: 'json'}})],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', () => import('./contexts/ob-3.0.2.json', {with: {type: 'json'}})],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', () => import('./contexts/ob-3.0.3.json', {with: {type: 'json'}})],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', () => import('./contexts/ob-extensions.json', {with: {type: 'json'}})],
  ['https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json', () => import('./contexts/ob-jff-plugfest-1.json', {with: {type: 'json'}})],
  ['https://w3id.org/security/data-integrity/v1', () => import('./contexts/data-integrity-v1.json', {with: {type: 'json'}})],
  ['https://w3id.org/security/data-integrity/v2', () => import('./contexts/data-integrity-v2.json', {with: {type: 'json'}})],
  ['https://w3id.org/security/multikey/v1', () => import('./contexts/multikey-v1.json', {with: {type: 'json'}})],
  ['https://w3id.org/security/suites/ed25519-2020/v1', () => import('./contexts/ed25519-2020-v1.json', {with: {type: 'json'}})],
  ['https://www.w3.org/ns/did/v1', () => import('./contexts/did-v1.json', {with: {type: 'json'}})],
  ['https://w3id.org/vc/status-list/2021/v1', () => import('./contexts/status-list-2021-v1.json', {with: {type: 'json'}})],
  ['https://www.w3.org/ns/credentials/status/v1', () => import('./contexts/bitstring-status-list-v1.json', {with: {type: 'json'}})],
  ['https://www.w3.org/ns/credentials/examples/v2', () => import('./contexts/examples-v2.json', {with: {type: 'json'}})],
]);

/** The context URLs we serve. */
export const BUNDLED_CONTEXT_URLS: ReadonlySet<string> = new Set(LOADERS.keys());

const loaded: ReadonlyMap<string, () => Promise<object>> = new Map([...LOADERS].map(([url, loader]) =>
  [url, lazy(() => loader().then(module => module.default))]));

/** The pinned context for `url`, or undefined when it is not one of ours. */
export function loadBundledContext(url: string): Promise<object> | undefined {
  return loaded.get(url)?.();
}
