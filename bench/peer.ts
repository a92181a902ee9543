// The peer verifier, @digitalcredentials/verifier-core, on the same credential. It fetches JSON
// schemas on every run; with no network those fetches fail at once (the global fetch is
// replaced by an immediate refusal while it runs), so its figures are its offline best case.
import {verifyCredential} from '@digitalcredentials/verifier-core';

export async function verifyWithPeer(credential: object): Promise<boolean> {
  const realFetch = globalThis.fetch;
  const {error: realError, log: realLog} = console;
  globalThis.fetch = (() => Promise.reject(new TypeError('offline benchmark'))) as typeof fetch;
  console.error = console.log = () => {}; // it logs every failed schema fetch
  try {
    const result = await verifyCredential({credential, knownDIDRegistries: []}) as {log?: {id: string; valid?: boolean}[]};
    return result.log?.find(step => step.id === 'valid_signature')?.valid === true;
  } finally {
    globalThis.fetch = realFetch;
    console.error = realError;
    console.log = realLog;
  }
}
