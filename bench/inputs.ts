// The benchmark's inputs, one per format, built once per run and written to a file so a cold
// (fresh) process reads the very same bytes. Keys come from fixed seeds (ECDSA and RSA-free
// signatures still carry fresh randomness, which changes no timing). Everything here is plain
// JSON: the verifiers that use it are loaded only in bench/verifiers.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations only, no runtime module to import
/// <reference path="./vendor-types.d.ts" />
import {createECDH, createHash, createPrivateKey, createPublicKey} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {createSignCryptosuite as eddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {base64url, SignJWT, type JWK} from 'jose';
import {createDocumentLoader} from '../shared/loader/document-loader.js';
import {ob3Credential, testKey} from '../test/helpers/issue.js';
import {iTXt, png} from '../test/helpers/png.js';

export type Cryptosuite = 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019' | 'eddsa-jcs-2022' | 'Ed25519Signature2020';

/** What the floor (the bare library call) does for a row. */
export type Floor =
  | {kind: 'vc'; cryptosuite: Cryptosuite; credential: object}
  | {kind: 'vc-presentation'; presentation: object; challenge: string}
  | {kind: 'jose-jwt'; token: string; jwk: JWK; alg: string}
  | {kind: 'jose-sd-jwt'; token: string; jwk: JWK; alg: string}
  | {kind: 'jose-jws'; token: string; spki: string; alg: string}
  | {kind: 'fetch-parse'; url: string};

export type Peer =
  | {kind: 'credential'; credential: object}
  | {kind: 'presentation'; presentation: object; challenge: string}
  | {kind: 'none'; reason: string};

export interface FormatCase {
  id: string;
  label: string;
  /** What `verify()` is given: parsed JSON, a string (token or URL) or file bytes (base64). */
  input: {kind: 'json'; value: object} | {kind: 'text'; value: string} | {kind: 'bytes'; base64: string};
  presentation?: boolean;
  /** The injected fetch's whole internet for this row: URL → body. */
  routes: Record<string, string>;
  floor: Floor;
  floorLabel: string;
  peer: Peer;
}

const fixture = (path: string) => readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url), 'utf8');
const seed = (byte: number) => new Uint8Array(32).fill(byte);
// RFC 8410 §7: a PKCS#8 Ed25519 private key is this fixed prefix followed by the 32-byte seed.
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const loader = createDocumentLoader();
const NO_JSON_LD = 'not supported (JSON-LD Data Integrity with eddsa-rdfc-2022 and Ed25519Signature2020 only)';

function ed25519Jwk(byte: number) {
  const privateKey = createPrivateKey({key: Buffer.concat([ED25519_PKCS8, seed(byte)]), format: 'der', type: 'pkcs8'});
  return {privateKey, jwk: createPublicKey(privateKey).export({format: 'jwk'}) as JWK};
}

function p256Jwk(byte: number) {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(seed(byte));
  const point = ecdh.getPublicKey(); // 0x04 ‖ x ‖ y
  const jwk = {kty: 'EC', crv: 'P-256', x: base64url.encode(point.subarray(1, 33)), y: base64url.encode(point.subarray(33)),
    d: base64url.encode(seed(byte))};
  const {d: _d, ...publicJwk} = jwk;
  return {privateKey: createPrivateKey({key: jwk, format: 'jwk'}), jwk: publicJwk as JWK, secretJwk: jwk};
}

const didJwk = (jwk: JWK) => `did:jwk:${base64url.encode(JSON.stringify(jwk))}`;

async function signEcdsa(): Promise<object> {
  const {secretJwk} = p256Jwk(7);
  const probe = await EcdsaMultikey.fromJwk({jwk: {...secretJwk, key_ops: ['sign']}, secretKey: true});
  const did = `did:key:${probe.publicKeyMultibase}`;
  const key = await EcdsaMultikey.fromJwk({jwk: {...secretJwk, key_ops: ['sign']}, secretKey: true, controller: did,
    id: `${did}#${probe.publicKeyMultibase}`});
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: ecdsaRdfc2019});
  return vc.issue({credential: ob3Credential(did), suite, documentLoader: loader});
}

async function signJcs(): Promise<object> {
  const key = await Ed25519Multikey.generate({seed: seed(9)});
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaJcs2022()});
  return vc.issue({credential: ob3Credential(did), suite, documentLoader: loader});
}

/** OB 3.0 in a VC 1.1 `vc` claim, as jwt_vc_json, from a did:jwk issuer (EdDSA). */
async function vcJwt() {
  const {privateKey, jwk} = ed25519Jwk(11);
  const did = didJwk(jwk);
  const credential = ob3Credential(did);
  const token = await new SignJWT({iss: did, jti: 'urn:uuid:2f0b43a4-8c2b-4b8e-9d55-3a1f1c8e7d10', nbf: 1740787200,
    vc: {...credential, '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'],
      validFrom: undefined, issuanceDate: '2025-03-01T00:00:00Z'}})
    .setProtectedHeader({alg: 'EdDSA', typ: 'JWT', kid: `${did}#0`}).sign(privateKey);
  return {token, jwk};
}

/** The EU learning credential as SD-JWT VC (ES256, did:jwk), three claims disclosable, fixed salts. */
async function sdJwt() {
  const {privateKey, jwk} = p256Jwk(8);
  const did = didJwk(jwk);
  const disclose = (salt: string, name: string, value: unknown) => base64url.encode(JSON.stringify([salt, name, value]));
  const digest = (disclosure: string) => createHash('sha256').update(disclosure).digest('base64url');
  const disclosures = [disclose('c2FsdC1vbmUtMTIzNA', 'achievement_title', 'Data Literacy for Professionals'),
    disclose('c2FsdC10d28tMTIzNA', 'family_name', 'Jansen'), disclose('c2FsdC10aHJlZS0xMg', 'level_of_learning_experience', 6)];
  const issuerJwt = await new SignJWT({iss: did, vct: 'urn:eu.europa.ec.eudi:learning:credential:1', iat: 1748736000,
    issuing_authority: 'Hogeschool Voorbeeld', issuing_country: 'NL', _sd: disclosures.map(digest), _sd_alg: 'sha-256'})
    .setProtectedHeader({alg: 'ES256', typ: 'dc+sd-jwt'}).sign(privateKey);
  return {token: `${issuerJwt}~${disclosures.join('~')}~`, jwk};
}

function ob2SignedKeySpki(): string {
  return (JSON.parse(fixture('credentials/1edtech-ob20-key1.json')) as {publicKeyPem: string}).publicKeyPem;
}

export async function buildCases(): Promise<FormatCase[]> {
  const eddsa = JSON.parse(fixture('credentials/dcc-ob3-vc2-dataintegrity-didkey-obspec-valid.json')) as object;
  const ed2020 = JSON.parse(fixture('credentials/dcc-ob3-vc2-ed25519-didkey-valid.json')) as object;
  const [ecdsa, jcs, jwt, sd] = await Promise.all([signEcdsa(), signJcs(), vcJwt(), sdJwt()]);
  const holder = await testKey(21);
  const presentation = await holder.signPresentation({'@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'], holder: holder.did, verifiableCredential: [eddsa]});
  const edubadgesId = 'a41jSgmsSh6Sa1xcVUku5Q';
  const edubadges = `https://api.edubadges.nl/public/assertions/${edubadgesId}`;
  const edubadgesExpanded = `${edubadges}?expand=badge&expand=badge.issuer`;
  const ob2Token = fixture('credentials/1edtech-ob20-signed.jwt').trim();
  const vcFloor = 'vc.verifyCredential + suite, prepared loader';
  const joseFloor = 'jose, prepared key (signature only)';
  return [
    {id: 'ob3-eddsa-rdfc-2022', label: 'OB 3.0, eddsa-rdfc-2022, did:key (DCC)', input: {kind: 'json', value: eddsa}, routes: {},
      floor: {kind: 'vc', cryptosuite: 'eddsa-rdfc-2022', credential: eddsa}, floorLabel: vcFloor, peer: {kind: 'credential', credential: eddsa}},
    {id: 'ob3-ecdsa-rdfc-2019', label: 'OB 3.0, ecdsa-rdfc-2019 P-256, did:key', input: {kind: 'json', value: ecdsa}, routes: {},
      floor: {kind: 'vc', cryptosuite: 'ecdsa-rdfc-2019', credential: ecdsa}, floorLabel: vcFloor, peer: {kind: 'none', reason: NO_JSON_LD}},
    {id: 'ob3-ed25519-2020', label: 'OB 3.0, Ed25519Signature2020, did:key (DCC)', input: {kind: 'json', value: ed2020}, routes: {},
      floor: {kind: 'vc', cryptosuite: 'Ed25519Signature2020', credential: ed2020}, floorLabel: vcFloor, peer: {kind: 'credential', credential: ed2020}},
    {id: 'ob3-eddsa-jcs-2022', label: 'OB 3.0, eddsa-jcs-2022, did:key', input: {kind: 'json', value: jcs}, routes: {},
      floor: {kind: 'vc', cryptosuite: 'eddsa-jcs-2022', credential: jcs}, floorLabel: vcFloor, peer: {kind: 'none', reason: NO_JSON_LD}},
    {id: 'vc-jwt-eddsa', label: 'VC-JWT (OB 3.0 jwt_vc_json), EdDSA, did:jwk', input: {kind: 'text', value: jwt.token}, routes: {},
      floor: {kind: 'jose-jwt', token: jwt.token, jwk: jwt.jwk, alg: 'EdDSA'}, floorLabel: joseFloor,
      peer: {kind: 'none', reason: 'not supported (no JWT credentials)'}},
    {id: 'sd-jwt-vc-es256', label: 'SD-JWT VC (EU learning credential), ES256, did:jwk', input: {kind: 'text', value: sd.token}, routes: {},
      floor: {kind: 'jose-sd-jwt', token: sd.token, jwk: sd.jwk, alg: 'ES256'}, floorLabel: 'jose, prepared key + SHA-256 of each disclosure',
      peer: {kind: 'none', reason: 'not supported (no SD-JWT)'}},
    {id: 'ob2-signed', label: 'OB 2.0 signed (1EdTech JWS, RS256; key, badge, issuer fetched)', input: {kind: 'text', value: ob2Token},
      routes: {'https://example.org/key1.json': fixture('credentials/1edtech-ob20-key1.json'),
        'https://example.org/robotics-badge.json': fixture('credentials/1edtech-ob20-badgeclass.json'),
        'https://example.org/organization.json': fixture('credentials/1edtech-ob20-issuer.json')},
      floor: {kind: 'jose-jws', token: ob2Token, spki: ob2SignedKeySpki(), alg: 'RS256'}, floorLabel: joseFloor,
      peer: {kind: 'none', reason: 'not supported (no Open Badges 2.0)'}},
    {id: 'ob2-hosted', label: 'OB 2.0 hosted (edubadges URL, injected fetch)', input: {kind: 'text', value: edubadges},
      routes: {[edubadgesExpanded]: fixture(`http/edubadges-expanded-${edubadgesId}.json`)},
      floor: {kind: 'fetch-parse', url: edubadgesExpanded}, floorLabel: 'no library floor: the same fetch + JSON.parse',
      peer: {kind: 'none', reason: 'not supported (no Open Badges 2.0)'}},
    {id: 'baked-png', label: 'baked PNG (iTXt openbadgecredential, the eddsa OB 3.0 inside)',
      input: {kind: 'bytes', base64: Buffer.from(png(iTXt('openbadgecredential', JSON.stringify(eddsa)))).toString('base64')}, routes: {},
      floor: {kind: 'vc', cryptosuite: 'eddsa-rdfc-2022', credential: eddsa}, floorLabel: `${vcFloor}, on the credential inside (no image read)`,
      peer: {kind: 'none', reason: 'not supported (no baked images)'}},
    {id: 'vp-eddsa', label: 'presentation (eddsa-rdfc-2022 by its holder) holding the eddsa OB 3.0', input: {kind: 'json', value: presentation},
      presentation: true, routes: {}, floor: {kind: 'vc-presentation', presentation, challenge: 'test-challenge'},
      floorLabel: 'vc.verify (presentation + credential), prepared loader',
      // Its verifyPresentation checks the holder's proof with AssertionProofPurpose (dist/Verify.js), so a
      // presentation signed for authentication, as VC Data Model §4.13 and vc.signPresentation make it, fails there.
      peer: {kind: 'none', reason: 'fails this input: it accepts only assertionMethod proofs on a presentation'}},
  ];
}

