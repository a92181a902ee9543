import type {Credential} from '../../credential.js';
import type {QualityFacts} from '../facts.js';
import {readElm} from './elm.js';
import {readEudi} from './eudi.js';
import {readOb2} from './ob2.js';
import {readOb3} from './ob3.js';
import {factSource, type FactSource} from './source.js';

const READERS: Record<FactSource, (credential: Credential) => QualityFacts> = {ob2: readOb2, eudi: readEudi, elm: readElm, ob3: readOb3};

/** Quality facts, every reader at hand (Node, tests). The verifier loads only the one it needs: ./load-reader.ts. */
export function readFacts(credential: Credential): QualityFacts {
  return READERS[factSource(credential)](credential);
}
