import type {Credential} from '../../credential.js';
import type {QualityFacts} from '../facts.js';
import {factSource, type FactSource} from './source.js';
import {lazy} from '../../util/lazy.js';

/** Each reader is imported the first time a credential of its kind is scored (the widget's budget, design.md). */
export const READER_LOADERS: Record<FactSource, () => Promise<(credential: Credential) => QualityFacts>> = {
  ob2: lazy(async() => (await import('./ob2.js')).readOb2),
  eudi: lazy(async() => (await import('./eudi.js')).readEudi),
  elm: lazy(async() => (await import('./elm.js')).readElm),
  ob3: lazy(async() => (await import('./ob3.js')).readOb3),
};

/** Quality facts from whichever documents the credential was assembled from (./source.ts). */
export async function loadFacts(credential: Credential): Promise<QualityFacts> {
  return (await READER_LOADERS[factSource(credential)]())(credential);
}
