// The three verifiers of each row, ready to call: ours, the floor and the peer. Each is imported
// only when made, so a cold process loads just the one it measures. Every call checks its
// answer (a verifier that stopped verifying would otherwise look fast).
import {fixtureFetch, NOW} from '../test/helpers/fixture-fetch.js';
import type {FormatCase} from './inputs.js';

export type Which = 'ours' | 'floor' | 'peer';
export type Run = () => Promise<boolean>;

const ourInput = (c: FormatCase) => c.input.kind === 'bytes' ? new Uint8Array(Buffer.from(c.input.base64, 'base64')) : c.input.value;

async function makeOurs(c: FormatCase): Promise<Run> {
  const {preload, verify, verifyAll} = await import('../shared/index.js');
  // What a Node host does at start (shared/preload.ts): counted in module load, as the cold budget asks.
  await preload();
  const input = ourInput(c);
  const options = () => ({fetch: fixtureFetch(c.routes), now: NOW});
  const integrity = (report: {checks: {id: string; status: string}[]}) => report.checks.find(check => check.id === 'integrity')?.status === 'pass';
  if(c.presentation) {
    return async() => {
      const reports = await verifyAll(input, options());
      return reports.length > 0 && reports.every(report => report.presentation?.proof === 'pass' && integrity(report));
    };
  }
  return async() => integrity(await verify(input, options()));
}

async function makeFloor(c: FormatCase): Promise<Run> {
  const floor = c.floor;
  switch(floor.kind) {
  case 'vc': {
    const {verifyWithVc} = await import('./baseline-vc.js');
    return () => verifyWithVc(floor.credential, floor.cryptosuite);
  }
  case 'vc-presentation': {
    const {verifyPresentationWithVc} = await import('./baseline-vc.js');
    return () => verifyPresentationWithVc(floor.presentation, floor.challenge);
  }
  case 'jose-jwt': {
    const {importJWK, jwtVerify} = await import('jose');
    const key = await importJWK(floor.jwk, floor.alg);
    return async() => Boolean((await jwtVerify(floor.token, key, {algorithms: [floor.alg]})).payload);
  }
  case 'jose-sd-jwt': {
    const {compactVerify, importJWK} = await import('jose');
    const {createHash} = await import('node:crypto');
    const key = await importJWK(floor.jwk, floor.alg);
    return async() => {
      const [issuerJwt, ...rest] = floor.token.split('~');
      const {payload} = await compactVerify(issuerJwt, key, {algorithms: [floor.alg]});
      const digests = new Set((JSON.parse(new TextDecoder().decode(payload)) as {_sd: string[]})._sd);
      return rest.filter(Boolean).every(disclosure => digests.has(createHash('sha256').update(disclosure).digest('base64url')));
    };
  }
  case 'jose-jws': {
    const {compactVerify, importSPKI} = await import('jose');
    const key = await importSPKI(floor.spki, floor.alg);
    return async() => Boolean((await compactVerify(floor.token, key, {algorithms: [floor.alg]})).payload);
  }
  case 'fetch-parse': {
    return async() => {
      const response = await fixtureFetch(c.routes)(floor.url);
      return typeof (await response.json() as {id?: unknown}).id === 'string';
    };
  }
  }
}

async function makePeer(c: FormatCase): Promise<Run | null> {
  const peer = c.peer;
  if(peer.kind === 'none') {
    return null;
  }
  const {verifyPresentationWithPeer, verifyWithPeer} = await import('./peer.js');
  return peer.kind === 'credential' ? () => verifyWithPeer(peer.credential) :
    () => verifyPresentationWithPeer(peer.presentation, peer.challenge);
}

export function makeRun(which: Which, c: FormatCase): Promise<Run | null> {
  return which === 'ours' ? makeOurs(c) : which === 'floor' ? makeFloor(c) : makePeer(c);
}
