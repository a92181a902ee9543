// Smoke test of the benchmark's machinery (no timings): every row's verifiers accept the row's
// input, and reject it once it is changed, so `npm run bench` can never time a verifier that
// has stopped verifying; the table says "not measured" for what was not.
import {base64url} from 'jose';
import {beforeAll, describe, expect, test} from 'vitest';
import {buildCases, type FormatCase} from '../bench/inputs.js';
import {formatTables} from '../bench/table.js';
import {makeRun, type Which} from '../bench/verifiers.js';
import {iTXt, png} from './helpers/png.js';

let cases: FormatCase[];
beforeAll(async() => {
  cases = await buildCases();
}, 60_000);

/** The same row with its signed content changed, or null where nothing is signed (hosted OB 2.0). */
function tampered(c: FormatCase): FormatCase | null {
  const rename = (credential: object) => {
    const copy = structuredClone(credential) as {name?: string};
    copy.name = 'Rocket Science';
    return copy;
  };
  const renameToken = (token: string) => {
    const [header, payload, ...rest] = token.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
    claims.iat = 1;
    return [header, base64url.encode(JSON.stringify(claims)), ...rest].join('.');
  };
  const copy = structuredClone(c);
  const floor = copy.floor;
  if(c.presentation && c.input.kind === 'json') {
    const vp = c.input.value as {verifiableCredential: object[]};
    const changed = {...vp, verifiableCredential: [rename(vp.verifiableCredential[0])]};
    return {...copy, input: {kind: 'json', value: changed}, floor: {kind: 'vc-presentation', presentation: changed, challenge: 'test-challenge'}};
  }
  if(c.input.kind === 'json' && floor.kind === 'vc') {
    const changed = rename(c.input.value);
    return {...copy, input: {kind: 'json', value: changed}, floor: {...floor, credential: changed},
      peer: c.peer.kind === 'credential' ? {kind: 'credential', credential: changed} : c.peer};
  }
  if(c.input.kind === 'text' && (floor.kind === 'jose-jwt' || floor.kind === 'jose-sd-jwt' || floor.kind === 'jose-jws')) {
    const token = renameToken(c.input.value);
    return {...copy, input: {kind: 'text', value: token}, floor: {...floor, token}};
  }
  if(c.input.kind === 'bytes' && floor.kind === 'vc') {
    const changed = rename(floor.credential);
    const base64 = Buffer.from(png(iTXt('openbadgecredential', JSON.stringify(changed)))).toString('base64');
    return {...copy, input: {kind: 'bytes', base64}, floor: {...floor, credential: changed}};
  }
  return null;
}

describe('npm run bench: the rows it times', () => {
  test('ten formats, each with a floor; the peer where it supports the format, a reason where not', () => {
    expect(cases.map(c => c.id)).toEqual(['ob3-eddsa-rdfc-2022', 'ob3-ecdsa-rdfc-2019', 'ob3-ed25519-2020', 'ob3-eddsa-jcs-2022',
      'vc-jwt-eddsa', 'sd-jwt-vc-es256', 'ob2-signed', 'ob2-hosted', 'baked-png', 'vp-eddsa']);
    expect(cases.filter(c => c.peer.kind !== 'none').map(c => c.id)).toEqual(['ob3-eddsa-rdfc-2022', 'ob3-ed25519-2020']);
  });

  test('every verifier accepts its row\'s input, and rejects the input changed after signing', async() => {
    const outcome: Record<string, string> = {};
    for(const c of cases) {
      const bad = tampered(c);
      for(const which of ['ours', 'floor', 'peer'] as Which[]) {
        const run = await makeRun(which, c);
        if(!run) {
          continue;
        }
        const good = await run();
        const badRun = bad && await makeRun(which, bad);
        const rejected = badRun ? !await badRun().catch(() => false) : 'n/a';
        outcome[`${c.id} ${which}`] = `accepts ${good}, rejects changed ${rejected}`;
      }
    }
    for(const [row, result] of Object.entries(outcome)) {
      expect(`${row}: ${result}`).toBe(`${row}: accepts true, rejects changed ${row.startsWith('ob2-hosted') ? 'n/a' : true}`);
    }
  }, 120_000);

  test('the table: one line per row measured, "not measured" where a part could not run', () => {
    const machine = {cpu: 'test cpu', cores: 2, memoryGiB: 4, node: 'v20', loadAverageAtStart: [1, 1, 1]};
    const table = formatTables({
      date: '2026-11-23T12:00:00.000Z', machine, loadAverageAtEnd: [1, 1, 1], seconds: 1,
      formats: [{id: 'x', label: 'Row X', floorLabel: 'floor X', peerNote: 'not supported (X)',
        warm: {ours: 2, floor: 1, peer: null, p10: {ours: 1.5, floor: 1, peer: null}, runs: 50, oursOverFloor: 2, oursOverPeer: null,
          p10OursOverFloor: 1.5, p10OursOverPeer: null}}],
      batch: undefined, memory: undefined, widget: undefined,
      extension: {figures: null, note: 'not measured: no Chromium'},
    });
    expect(table).toContain('| Row X | 2.00 | 1.00 | 2.00× (1.50×) | not supported (X) | — | floor X |');
    expect(table).toContain('| not measured: no Chromium | — | — | — |');
    expect(table).toContain('on 2 × test cpu');
  });
});
