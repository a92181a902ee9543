// What the benchmark calls beyond shared/vendor-types.d.ts (these declarations merge with it).
declare module '@digitalbazaar/vc' {
  export function verify(options: object): Promise<{verified: boolean; error?: unknown}>;
}
declare module '@digitalbazaar/ecdsa-multikey' {
  export function fromJwk(options: {jwk: object; secretKey?: boolean; id?: string; controller?: string}):
    Promise<{publicKeyMultibase: string; signer(): object}>;
}
declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  export function createSignCryptosuite(options?: object): object;
}
declare module '@digitalcredentials/verifier-core' {
  export function verifyPresentation(options: {presentation: object; challenge?: string; knownDIDRegistries: unknown[]}): Promise<unknown>;
}
