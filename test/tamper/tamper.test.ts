import {base64url} from 'jose';
import {describe, expect, test} from 'vitest';
import {verify} from '../../shared/index.js';
import {dccRoutes, fixtureFetch, fixtureJson, NOW, readFixture} from '../helpers/fixture-fetch.js';
import {mutate} from './mutations.js';
import {sameDataset} from './same-dataset.js';

/**
 * Not one tampered credential may come out `verified` or `warning` (issue: proof under attack).
 * The valid signed fixtures of every format are mutated in code, leaf by leaf.
 */
const DATA_INTEGRITY = [
  'dcc-ob3-vc2-ed25519-didkey-valid', 'dcc-ob3-vc1-ed25519-didkey-valid', 'dcc-ob3-vc2-dataintegrity-didkey-obspec-valid',
  'dcc-ob3-vc2-eddsa-didkey-validstatus',
];
const ACCEPTED = ['verified', 'warning'];

describe.each(DATA_INTEGRITY)('tampering with %s', file => {
  const original = fixtureJson(`credentials/${file}.json`);
  const cases = mutate(original);

  test('the original is accepted (the suite can tell the difference)', async() => {
    const report = await verify(original, {fetch: fixtureFetch(dccRoutes()), now: NOW});
    expect(ACCEPTED).toContain(report.verdict);
  });

  // A Data Integrity proof signs the RDF dataset (VC-DI-EdDSA §3.3, RDFC-1.0): a change that
  // leaves the dataset identical (dropping a context no term uses) is not a change to the
  // credential, and may verify. Every other mutation must be refused.
  test(`${cases.length} mutations: none that changes the signed data is accepted`, async() => {
    const accepted: string[] = [];
    for(const {name, document} of cases) {
      const report = await verify(document as object, {fetch: fixtureFetch(dccRoutes()), now: NOW});
      if(ACCEPTED.includes(report.verdict) && !await sameDataset(original, document as Record<string, unknown>)) {
        accepted.push(`${name} → ${report.verdict}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 120_000);
});

describe('tampering with the Open Badges 2.0 signed badge (payload leaves, header, signature)', () => {
  const token = readFixture('credentials/1edtech-ob20-signed.jwt').trim();
  const [header, payload, signature] = token.split('.');
  const routes = () => fixtureFetch({
    'https://example.org/key1.json': fixtureJson('credentials/1edtech-ob20-key1.json'),
    'https://example.org/robotics-badge.json': fixtureJson('credentials/1edtech-ob20-badgeclass.json'),
    'https://example.org/organization.json': fixtureJson('credentials/1edtech-ob20-issuer.json'),
  });
  const json = (part: string) => JSON.parse(new TextDecoder().decode(base64url.decode(part)));
  const encode = (value: unknown) => base64url.encode(JSON.stringify(value));
  const tokens = [
    ...mutate(json(payload)).map(({name, document}) => ({name, token: `${header}.${encode(document)}.${signature}`})),
    ...mutate(json(header)).map(({name, document}) => ({name: `header: ${name}`, token: `${encode(document)}.${payload}.${signature}`})),
    {name: 'signature flipped', token: `${header}.${payload}.${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`},
    {name: 'signature removed', token: `${header}.${payload}.`},
  ];

  test('the original is accepted', async() => {
    expect(ACCEPTED).toContain((await verify(token, {fetch: routes(), now: NOW})).verdict);
  });

  test(`${tokens.length} tampered tokens: none accepted`, async() => {
    const accepted: string[] = [];
    for(const {name, token: forged} of tokens) {
      const report = await verify(forged, {fetch: routes(), now: NOW});
      if(ACCEPTED.includes(report.verdict)) {
        accepted.push(`${name} → ${report.verdict}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 120_000);
});
