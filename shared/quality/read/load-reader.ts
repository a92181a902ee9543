import type {Credential} from '../../credential.js';
import type {QualityFacts} from '../facts.js';
import {factSource, type FactSource} from './source.js';

/** Each reader is imported the first time a credential of its kind is scored (the widget's budget, design.md). */
const LOADERS: Record<FactSource, () => Promise<(credential: Credential) => QualityFacts>> = {
  ob2: async() => (await import('./ob2.js')).readOb2,
  eudi: async() => (await import('./eudi.js')).readEudi,
  elm: async() => (await import('./elm.js')).readElm,
  ob3: async() => (await import('./ob3.js')).readOb3,
};

/** Quality facts from whichever documents the credential was assembled from (./source.ts). */
export async function loadFacts(credential: Credential): Promise<QualityFacts> {
  return (await LOADERS[factSource(credential)]())(credential);
}
