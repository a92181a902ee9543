// The peer verifier, @digitalcredentials/verifier-core, on the same input. It fetches JSON
// schemas on every run; with no network those fetches fail at once (the global fetch is
// replaced by an immediate refusal while it runs), so its figures are its offline best case.
// What it supports, from its source (dist/Verify.js): JSON-LD credentials and presentations
// signed with eddsa-rdfc-2022 or Ed25519Signature2020; no ECDSA, JCS, JWT, SD-JWT, OB 2.0 or images.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations only, no runtime module to import
/// <reference path="./vendor-types.d.ts" />
import {verifyCredential, verifyPresentation} from '@digitalcredentials/verifier-core';

type Step = {id: string; valid?: boolean};

async function offline<T>(run: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const {error: realError, log: realLog} = console;
  globalThis.fetch = (() => Promise.reject(new TypeError('offline benchmark'))) as typeof fetch;
  console.error = console.log = () => {}; // it logs every failed schema fetch
  try {
    return await run();
  } finally {
    globalThis.fetch = realFetch;
    console.error = realError;
    console.log = realLog;
  }
}

const signatureValid = (result: {log?: Step[]}) => result.log?.find(step => step.id === 'valid_signature')?.valid === true;

export function verifyWithPeer(credential: object): Promise<boolean> {
  return offline(async() => signatureValid(await verifyCredential({credential, knownDIDRegistries: []}) as {log?: Step[]}));
}

export function verifyPresentationWithPeer(presentation: object, challenge: string): Promise<boolean> {
  return offline(async() => {
    const result = await verifyPresentation({presentation, challenge, knownDIDRegistries: []}) as
      {presentationResult?: {signature?: string}; credentialResults?: {log?: Step[]}[]};
    return result.presentationResult?.signature === 'valid' && (result.credentialResults ?? []).every(signatureValid) &&
      (result.credentialResults ?? []).length > 0;
  });
}
