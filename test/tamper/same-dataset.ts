import jsonld from 'jsonld';
import {createDocumentLoader} from '../../shared/loader/document-loader.js';

/** Do two credentials (proofs included) canonicalise to the same RDF dataset (RDFC-1.0)? */
export async function sameDataset(a: Record<string, unknown>, b: Record<string, unknown>): Promise<boolean> {
  const canonize = (document: Record<string, unknown>) => (jsonld as unknown as {
    canonize(input: object, options: object): Promise<string>;
  }).canonize(document, {algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader: createDocumentLoader(), safe: true});
  try {
    const {proof: proofA, ...restA} = a;
    const {proof: proofB, ...restB} = b;
    return await canonize(restA) === await canonize(restB) && JSON.stringify(proofA) === JSON.stringify(proofB);
  } catch {
    return false;
  }
}
