// Signs test credentials with the digitalbazaar stack (a dev dependency), so tests can make
// what no published fixture has: suspended entries, StatusList2021 lists, did:web and did:jwk
// issuers, lists signed by the wrong key. Keys come from fixed seeds: runs are reproducible.
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {createDocumentLoader} from '../../shared/loader/document-loader.js';

export interface TestKey {
  did: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  sign(credential: object): Promise<Record<string, unknown>>;
  signPresentation(presentation: object): Promise<Record<string, unknown>>;
}

/** An Ed25519 key from a one-byte seed; `controller` defaults to its did:key. */
export async function testKey(seedByte: number, controller?: string, keyId?: string): Promise<TestKey> {
  const key = await Ed25519Multikey.generate({seed: new Uint8Array(32).fill(seedByte)});
  const multibase = key.publicKeyMultibase as string;
  const did = controller ?? `did:key:${multibase}`;
  key.controller = did;
  key.id = keyId ?? (controller ? `${controller}#key-1` : `${did}#${multibase}`);
  const loader = createDocumentLoader();
  return {
    did,
    verificationMethod: key.id,
    publicKeyMultibase: multibase,
    async sign(credential) {
      const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
      // vc.issue checks nothing about dates; documentLoader serves our bundled contexts only.
      return vc.issue({credential: structuredClone(credential), suite, documentLoader: loader});
    },
    async signPresentation(presentation) {
      const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
      return vc.signPresentation({presentation: structuredClone(presentation), suite, challenge: 'test-challenge', documentLoader: loader});
    },
  };
}

/** A minimal Open Badges 3.0 credential (VC 2.0) from `issuer`. */
export function ob3Credential(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:2f0b43a4-8c2b-4b8e-9d55-3a1f1c8e7d10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: issuer, type: ['Profile'], name: 'Test Hogeschool'},
    validFrom: '2025-03-01T00:00:00Z',
    name: 'Data Literacy',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.edu/achievements/data-literacy', type: ['Achievement'], name: 'Data Literacy',
        description: 'Reads and questions data.', criteria: {narrative: 'Passed the assessment.'},
      },
    },
    ...extra,
  };
}
