// The floor for this stack (design.md budgets): @digitalbazaar/vc called directly on the same
// credential with a prepared offline loader: bundled contexts plus a did:key lookup.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations only, no runtime module to import
/// <reference path="./vendor-types.d.ts" />
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {createVerifyCryptosuite as eddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {resolveDidKey} from '../shared/did/did-key.js';
import {loadBundledContext} from '../shared/loader/contexts.js';
import type {Cryptosuite} from './inputs.js';

const SUITES: Record<Cryptosuite, object> = {
  'eddsa-rdfc-2022': new DataIntegrityProof({cryptosuite: eddsaRdfc2022}),
  'ecdsa-rdfc-2019': new DataIntegrityProof({cryptosuite: ecdsaRdfc2019}),
  'eddsa-jcs-2022': new DataIntegrityProof({cryptosuite: eddsaJcs2022()}),
  Ed25519Signature2020: new Ed25519Signature2020(),
};

async function documentLoader(url: string) {
  const context = loadBundledContext(url);
  if(context) {
    return {contextUrl: null, documentUrl: url, document: await context};
  }
  if(url.startsWith('did:key:')) {
    const {method} = resolveDidKey(url.includes('#') ? url : `${url}#${url.slice(8)}`);
    const document = url.includes('#') ? method : {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: url, verificationMethod: [method], assertionMethod: [method.id], authentication: [method.id],
    };
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`refusing ${url}`);
}

export async function verifyWithVc(credential: object, cryptosuite: Cryptosuite = 'eddsa-rdfc-2022'): Promise<boolean> {
  const result = await vc.verifyCredential({credential, suite: SUITES[cryptosuite], documentLoader});
  return result.verified;
}

/** The presentation's proof and every credential in it, as vc.verify does them. */
export async function verifyPresentationWithVc(presentation: object, challenge: string): Promise<boolean> {
  const result = await vc.verify({presentation, challenge, suite: SUITES['eddsa-rdfc-2022'], documentLoader});
  return result.verified;
}
