import {createDeflate} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fixtureFetch, fixtureJson, NOW, readFixture} from '../../helpers/fixture-fetch.js';
import {chunk, iTXt, png, tEXt, zTXt} from '../../helpers/png.js';
import {readFileSync} from 'node:fs';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/credentials/${name}`, import.meta.url)));
const status = (report: Awaited<ReturnType<typeof verify>>, id: string) => {
  const check = report.checks.find(c => c.id === id)!;
  return `${check.status} ${check.code}`;
};

// The issuer document of the 1EdTech baked samples: the key is published by the issuer itself,
// as an https verification method must be (never read from the URL fragment).
const ISSUER = 'https://example.com/issuers/876543';
const issuerDocument = (key: string) => ({
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: ISSUER,
  verificationMethod: [{id: `${ISSUER}#${key}`, type: 'Multikey', controller: ISSUER, publicKeyMultibase: key}],
  assertionMethod: [`${ISSUER}#${key}`],
});

describe('baked Open Badges 3.0 (the real 1EdTech samples)', () => {
  test.each([
    ['1edtech-ob30-baked-png.png', 'z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x'],
    ['1edtech-ob30-baked-svg.svg', 'z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x'],
  ])('%s: the credential inside is verified like any other', async(file, key) => {
    const withKey = await verify(fixtureBytes(file), {fetch: fixtureFetch({[ISSUER]: issuerDocument(key)}), now: NOW});
    expect(withKey.format).toBe('ob3-data-integrity');
    expect(status(withKey, 'integrity')).toBe('pass signature_valid');
    expect(status(withKey, 'issuer')).toBe('pass issuer_key_match');
    const withoutKey = await verify(fixtureBytes(file), {fetch: fixtureFetch({}), now: NOW});
    expect(status(withoutKey, 'integrity')).toBe('unknown network_error');
  });

  test('a baked credential edited in the image → invalid_signature', async() => {
    const svg = readFixture('credentials/1edtech-ob30-baked-svg.svg').replace('"name": "', '"name": "Forged ');
    expect(svg).toContain('Forged');
    const report = await verify(new TextEncoder().encode(svg), {fetch: fixtureFetch({[ISSUER]: issuerDocument('z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x')}), now: NOW});
    expect(status(report, 'integrity')).toBe('fail invalid_signature');
  });
});

describe('baked Open Badges 2.0', () => {
  const ID = 'a41jSgmsSh6Sa1xcVUku5Q';
  const EXPANDED = `https://api.edubadges.nl/public/assertions/${ID}?expand=badge&expand=badge.issuer`;
  const assertion = JSON.stringify(fixtureJson(`credentials/edubadges/ob2-assertion-prod-${ID}.json`));
  const routes = () => ({[EXPANDED]: fixtureJson(`http/edubadges-expanded-${ID}.json`)});

  test.each([
    ['PNG iTXt with the assertion JSON', () => png(iTXt('openbadges', assertion))],
    ['PNG iTXt, compressed', () => png(iTXt('openbadges', assertion, true))],
    ['PNG tEXt with only the assertion URL (legacy)', () => png(tEXt('openbadges', `https://api.edubadges.nl/public/assertions/${ID}`))],
    ['SVG with the URL in verify=""', () => new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://api.edubadges.nl/public/assertions/${ID}"/></svg>`)],
    ['SVG with the JSON in CDATA', () => new TextEncoder().encode(
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion><![CDATA[${assertion}]]></openbadges:assertion></svg>`)],
  ])('%s → the hosted assertion, fetched once from its id', async(_name, image) => {
    const fetch = fixtureFetch(routes());
    const report = await verify(image(), {fetch, now: NOW});
    expect(report.format).toBe('ob2-hosted');
    expect(status(report, 'integrity')).toBe('pass hosted_verified');
    expect(fetch.calls).toEqual([EXPANDED]);
  });

  test('an SVG carrying a signed badge in verify=""', async() => {
    const token = readFixture('credentials/1edtech-ob20-signed.jwt').trim();
    const svg = `<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${token}"></openbadges:assertion></svg>`;
    const report = await verify(new TextEncoder().encode(svg), {fetch: fixtureFetch({}), now: NOW});
    expect(report.format).toBe('ob2-signed');
  });
});

describe('hostile images: a clear answer, bounded in time and memory, no request', () => {
  async function bomb(): Promise<Uint8Array> {
    // 1 GiB of zeros, deflated as a stream (about 1 MB): the zTXt chunk of a zip bomb.
    const deflate = createDeflate({level: 9});
    const parts: Buffer[] = [];
    deflate.on('data', (part: Buffer) => parts.push(part));
    const done = new Promise(resolve => deflate.on('end', resolve));
    const block = Buffer.alloc(16 * 1024 * 1024);
    for(let i = 0; i < 64; i++) {
      if(!deflate.write(block)) {
        await new Promise(resolve => deflate.once('drain', resolve));
      }
    }
    deflate.end();
    await done;
    return new Uint8Array(Buffer.concat(parts));
  }

  test.each([
    ['a zTXt chunk that inflates to 1 GiB', async() => png(zTXt('openbadges', await bomb())), /inflates to more than/],
    ['100,000 chunks', async() => png(...Array.from({length: 100_000}, () => chunk('tEXt', Buffer.from('note\0x')))), /more than 10000 chunks/],
    ['a truncated PNG', async() => png(iTXt('openbadges', '{}')).slice(0, 60), /truncated/],
    ['a PNG with no baked credential', async() => png(), /no baked credential/],
    ['an SVG with a billion-laughs entity', async() => new TextEncoder().encode(
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` +
      '<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion>&c;</openbadges:assertion></svg>'), /not JSON|not a credential/],
    ['an SVG with an external entity', async() => new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "https://169.254.169.254/latest/meta-data">]>' +
      '<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="&x;"/></svg>'), /not JSON|not a credential|empty/],
  ])('%s', async(_name, image, reason) => {
    const fetch = fixtureFetch({});
    const report = await verify(await image(), {fetch, now: NOW});
    expect(report.checks[0]).toMatchObject({status: 'fail', code: 'malformed'});
    expect(report.checks[0].evidence.reason).toMatch(reason);
    expect(report.verdict).toBe('invalid');
    expect(fetch.calls).toEqual([]);
  }, 30_000); // the time limit is the bound: a hang fails the test
});
