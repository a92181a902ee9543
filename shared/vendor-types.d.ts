// Declarations for the untyped packages the core uses: the digitalbazaar Data Integrity stack
// and jsonld. Kept in this one file; only what we call is declared.

declare module 'jsonld-signatures' {
  interface ProofResult {
    proof: Record<string, unknown>;
    verified: boolean;
    verificationMethod?: Record<string, unknown>;
    error?: Error & {errors?: Error[]};
  }
  interface VerifyResult {verified: boolean; results?: ProofResult[]; error?: Error & {errors?: Error[]}}
  class ProofPurpose {
    constructor(options: {term: string; date?: Date; maxTimestampDelta?: number});
    term: string;
    validate(proof: object, options: object): Promise<{valid: boolean; error?: Error}>;
  }
  const jsigs: {
    verify(document: object, options: {suite: object | object[]; purpose: ProofPurpose; documentLoader: unknown}): Promise<VerifyResult>;
    purposes: {ProofPurpose: typeof ProofPurpose};
  };
  export default jsigs;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {cryptosuite: object; signer?: object});
  }
}
declare module '@digitalbazaar/ed25519-multikey' {
  export function generate(options?: {seed?: Uint8Array; id?: string; controller?: string}): Promise<{
    publicKeyMultibase: string; id: string; controller: string; signer(): object;
  }>;
  export function from(key: object): Promise<object>;
  export function toJwk(options: {keyPair: object}): Promise<Record<string, unknown>>;
}
declare module '@digitalbazaar/ecdsa-multikey' {
  export function from(key: object): Promise<object>;
  export function toJwk(options: {keyPair: object}): Promise<Record<string, unknown>>;
}
// The stock verifier: used only by tests and the benchmark (a dev dependency).
declare module '@digitalbazaar/vc' {
  export function issue(options: {credential: object; suite: object; documentLoader: unknown}): Promise<Record<string, unknown>>;
  export function signPresentation(options: {presentation: object; suite: object; challenge: string; documentLoader: unknown}): Promise<Record<string, unknown>>;
  export function verifyCredential(options: object): Promise<{verified: boolean; error?: unknown; statusResult?: unknown}>;
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: object;
}
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: object;
}
declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  export function createVerifyCryptosuite(options?: object): object;
}
declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: object);
  }
}

declare module 'jsonld' {
  interface JsonLdOptions {documentLoader?: unknown; safe?: boolean; base?: string | null}
  const jsonld: {
    expand(input: object, options?: JsonLdOptions): Promise<object[]>;
  };
  export default jsonld;
}

declare module 'base58-universal' {
  export function decode(input: string): Uint8Array;
  export function encode(input: Uint8Array): string;
}
declare module '@digitalcredentials/verifier-core' {
  export function verifyCredential(options: {credential: object; knownDIDRegistries: unknown[]}): Promise<unknown>;
}
