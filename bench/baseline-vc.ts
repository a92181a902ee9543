// The floor for this stack (design.md budgets): @digitalbazaar/vc called directly on the same
// credential with a prepared offline loader: bundled contexts plus a did:key lookup.
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {resolveDidKey} from '../shared/did/did-key.js';
import {loadBundledContext} from '../shared/loader/contexts.js';

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});

async function documentLoader(url: string) {
  const context = loadBundledContext(url);
  if(context) {
    return {contextUrl: null, documentUrl: url, document: await context};
  }
  if(url.startsWith('did:key:')) {
    const {method} = resolveDidKey(url.includes('#') ? url : `${url}#${url.slice(8)}`);
    const document = url.includes('#') ? method : {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: url, verificationMethod: [method], assertionMethod: [method.id],
    };
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`refusing ${url}`);
}

export async function verifyWithVc(credential: object): Promise<boolean> {
  const result = await vc.verifyCredential({credential, suite, documentLoader});
  return result.verified;
}
