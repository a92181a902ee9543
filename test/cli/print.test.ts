import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {formatHuman, formatJson, plain, wantsColour} from '../../cli/print.js';
import {verify} from '../../shared/index.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const expired = readFileSync('test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-expired.json');
const report = (lang: 'en' | 'nl') => verify(expired, {now: NOW, lang, offline: true, inputName: 'expired.json'});

describe('formatHuman', () => {
  test('verdict and summary first, then one line per check in report order', async() => {
    const lines = formatHuman(await report('en'), 'en', false).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Not valid — .+/);
    expect(lines[1]).toBe('  Input: expired.json');
    expect(lines[2]).toMatch(/^ {2}Credential: Teamwork, issued by Example Corp$/);
    expect(lines.slice(3, 10).map(line => line.trim().split(/\s{2,}/)[0])).toEqual([
      'Format', 'Unchanged', 'Signed by the issuer', 'Not revoked', 'Validity', 'Recognised issuer', 'Recipient',
    ]);
    expect(lines[7]).toMatch(/Validity\s+✗ fail\s+\S/);
  });

  test('all in Dutch with lang nl', async() => {
    const text = formatHuman(await report('nl'), 'nl', false);
    expect(text).toMatch(/^Ongeldig — /);
    expect(text).toContain('Invoer: expired.json');
    expect(text).toContain('uitgegeven door Example Corp');
    expect(text).toMatch(/Geldigheid\s+✗ afgekeurd/);
  });

  test('colour only when asked for', async() => {
    const result = await report('en');
    expect(formatHuman(result, 'en', false)).not.toContain('\x1b[');
    expect(formatHuman(result, 'en', true)).toContain('\x1b[31m');
  });

  test('credential text cannot drive the terminal', async() => {
    const result = await report('en');
    const hostile = {...result, summary: 'ok\x1b[2J\x1b]0;pwned\x07', input: 'a\u202eb'};
    const text = formatHuman(hostile, 'en', false);
    for(const character of ['\x1b', '\x07', '\u202e']) {
      expect(text).not.toContain(character);
    }
  });
});

test.each([
  [{isTTY: true}, {}, true],
  [{isTTY: true}, {NO_COLOR: '1'}, false],
  [{isTTY: true}, {NO_COLOR: ''}, true],
  [{isTTY: false}, {}, false],
  [{}, {}, false],
])('wantsColour(%j, %j) → %s', (stream, env, expected) => {
  expect(wantsColour(stream, env)).toBe(expected);
});

test('plain() keeps ordinary text, including Dutch and emoji', () => {
  expect(plain('Geldig tot 1 januari — één 🎓')).toBe('Geldig tot 1 januari — één 🎓');
});

test('formatJson: exactly one line', async() => {
  const line = formatJson(await report('en'));
  expect(line.endsWith('\n')).toBe(true);
  expect(line.slice(0, -1)).not.toContain('\n');
  expect(JSON.parse(line)).toMatchObject({input: 'expired.json', verdict: 'invalid'});
});
