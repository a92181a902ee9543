import {base64url, exportJWK, generateKeyPair, SignJWT} from 'jose';
import {describe, expect, test} from 'vitest';
import {verifyAll} from '../../../shared/index.js';
import {fixtureJson, NOW} from '../../helpers/fixture-fetch.js';
import {testKey} from '../../helpers/issue.js';

const valid = () => fixtureJson('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json');
const tampered = () => fixtureJson('credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json');
const vp = (holder: string | undefined, credentials: unknown[]) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], ...(holder ? {holder} : {}),
  verifiableCredential: credentials,
});

describe('Verifiable Presentations', () => {
  test('an unsigned presentation: one report per credential, named input#n, the wrapper reported as unsigned', async() => {
    const reports = await verifyAll(vp(undefined, [valid(), tampered()]), {now: NOW, inputName: 'wallet.json'});
    expect(reports.map(report => [report.input, report.verdict])).toEqual([['wallet.json#1', 'warning'], ['wallet.json#2', 'invalid']]);
    for(const report of reports) {
      expect(report.presentation).toMatchObject({kind: 'json-ld', proof: 'skipped', code: 'no_proof', credentials: 2});
    }
  });

  test('signed by its holder (eddsa-rdfc-2022, did:key) → the presentation proof passes', async() => {
    const holder = await testKey(21);
    const signed = await holder.signPresentation(vp(holder.did, [valid()]));
    const [report] = await verifyAll(signed, {now: NOW});
    expect(report.presentation).toMatchObject({holder: holder.did, proof: 'pass', code: 'signature_valid'});
    expect(report.verdict).toBe('warning');
  });

  test('signed by a key that is not the holder\'s → the presentation proof fails, the credential is judged on its own', async() => {
    const signer = await testKey(22);
    const signed = await signer.signPresentation(vp('did:example:someone-else', [valid()]));
    const [report] = await verifyAll(signed, {now: NOW});
    expect(report.presentation).toMatchObject({proof: 'fail', code: 'issuer_key_mismatch'});
    expect(report.verdict).toBe('warning');
  });

  test('a presentation changed after signing → its proof fails', async() => {
    const holder = await testKey(23);
    const signed = await holder.signPresentation(vp(holder.did, [valid()]));
    (signed.verifiableCredential as unknown[]).push(valid());
    const reports = await verifyAll(signed, {now: NOW});
    expect(reports).toHaveLength(2);
    expect(reports[0].presentation).toMatchObject({proof: 'fail', code: 'invalid_signature'});
  });

  test('a JWT presentation (vp claim) holding a VC-JWT, and an enveloped credential', async() => {
    const {publicKey, privateKey} = await generateKeyPair('EdDSA', {extractable: true});
    const did = `did:jwk:${base64url.encode(JSON.stringify(await exportJWK(publicKey)))}`;
    const vc = {'@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], issuer: did,
      issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: {id: 'did:example:me'}};
    const credentialJwt = await new SignJWT({iss: did, vc}).setProtectedHeader({alg: 'EdDSA', kid: `${did}#0`}).sign(privateKey);
    const enveloped = {type: ['EnvelopedVerifiableCredential'], id: `data:application/vc+jwt,${credentialJwt}`};
    const token = await new SignJWT({iss: did, vp: {type: ['VerifiablePresentation'], verifiableCredential: [credentialJwt, enveloped]}})
      .setProtectedHeader({alg: 'EdDSA', kid: `${did}#0`}).sign(privateKey);
    const reports = await verifyAll(token, {now: NOW});
    expect(reports.map(report => report.format)).toEqual(['vc-jwt', 'vc-jwt']);
    expect(reports.map(report => report.checks[1].status)).toEqual(['pass', 'pass']);
    expect(reports[0].presentation).toMatchObject({kind: 'jwt', holder: did, proof: 'pass'});
  });

  test('an empty presentation → one report saying so', async() => {
    const reports = await verifyAll(vp(undefined, []), {now: NOW});
    expect(reports).toHaveLength(1);
    expect(reports[0].checks[0]).toMatchObject({status: 'fail', code: 'malformed'});
  });
});
