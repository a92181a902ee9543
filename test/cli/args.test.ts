import {describe, expect, test} from 'vitest';
import {langFromEnv, parseArgs} from '../../cli/args.js';
import type {CliOptions} from '../../cli/args.js';

const DEFAULTS: CliOptions = {
  json: false, lang: 'en', now: undefined, recipient: undefined, trustFiles: [],
  offline: false, allowPrivateNetwork: false, help: false, inputs: [],
};

describe('parseArgs accepts contract §1', () => {
  const cases: [string, string[], Partial<CliOptions>][] = [
    ['one file', ['a.json'], {inputs: ['a.json']}],
    ['several inputs in order', ['a.json', 'https://x.test/b', '-'], {inputs: ['a.json', 'https://x.test/b', '-']}],
    ['--json', ['--json', 'a.json'], {json: true, inputs: ['a.json']}],
    ['--lang nl', ['--lang', 'nl', 'a.json'], {lang: 'nl', inputs: ['a.json']}],
    ['--lang=en', ['--lang=en', 'a.json'], {lang: 'en', inputs: ['a.json']}],
    ['--now date-time', ['--now', '2026-11-23T12:00:00Z', 'a.json'], {now: new Date('2026-11-23T12:00:00Z'), inputs: ['a.json']}],
    ['--now with offset and fraction', ['--now', '2026-11-23T13:00:00.5+01:00', 'a.json'],
      {now: new Date('2026-11-23T12:00:00.500Z'), inputs: ['a.json']}],
    ['--now date only (UTC midnight)', ['--now', '2026-11-23', 'a.json'], {now: new Date('2026-11-23T00:00:00Z'), inputs: ['a.json']}],
    ['--recipient', ['--recipient', 'sam@example.org', 'a.json'], {recipient: 'sam@example.org', inputs: ['a.json']}],
    ['--trust repeatable, in order', ['--trust', 'x.json', '--trust=y.json', 'a.json'], {trustFiles: ['x.json', 'y.json'], inputs: ['a.json']}],
    ['--offline', ['--offline', 'a.json'], {offline: true, inputs: ['a.json']}],
    ['--allow-private-network', ['--allow-private-network', 'a.json'], {allowPrivateNetwork: true, inputs: ['a.json']}],
    ['options after inputs', ['a.json', '--json'], {json: true, inputs: ['a.json']}],
    ['-- ends the options', ['--', '--json'], {inputs: ['--json']}],
    ['--help needs no input', ['--help'], {help: true}],
    ['-h is --help', ['-h'], {help: true}],
    ['--help wins over a bad option', ['--help', '--bogus'], {help: true}],
  ];
  test.each(cases)('%s', (_title, argv, expected) => {
    expect(parseArgs(argv, {})).toEqual({ok: true, options: {...DEFAULTS, ...expected}});
  });
});

describe('parseArgs refuses with a usage problem (exit 2)', () => {
  const cases: [string, string[], string, string?][] = [
    ['unknown long option', ['--jsn', 'a.json'], 'unknown_option', '--jsn'],
    ['unknown short option', ['-x', 'a.json'], 'unknown_option', '-x'],
    ['unknown option with a value', ['--colour=always', 'a.json'], 'unknown_option', '--colour=always'],
    ['--lang without value', ['a.json', '--lang'], 'missing_value', '--lang'],
    ['--lang of another language', ['--lang', 'de', 'a.json'], 'bad_lang', 'de'],
    ['--now not a date', ['--now', 'tomorrow', 'a.json'], 'bad_now', 'tomorrow'],
    ['--now impossible date', ['--now', '2026-13-45T00:00:00Z', 'a.json'], 'bad_now', '2026-13-45T00:00:00Z'],
    ['--now loose format Date.parse would take', ['--now', 'May 5 2026', 'a.json'], 'bad_now', 'May 5 2026'],
    ['--now swallowing the next option', ['--now', '--json', 'a.json'], 'missing_value', '--now'],
    ['--recipient empty', ['--recipient', '', 'a.json'], 'missing_value', '--recipient'],
    ['--trust without file', ['a.json', '--trust'], 'missing_value', '--trust'],
    ['no input', ['--json'], 'no_input'],
    ['nothing at all', [], 'no_input'],
    ['stdin twice', ['-', '-'], 'stdin_twice'],
  ];
  test.each(cases)('%s', (_title, argv, code, value) => {
    const parsed = parseArgs(argv, {});
    expect(parsed.ok).toBe(false);
    if(!parsed.ok) {
      expect(parsed.problem.code).toBe(code);
      expect('value' in parsed.problem ? parsed.problem.value : undefined).toBe(value);
    }
  });

  test('the first problem is reported, in the language of a later --lang', () => {
    expect(parseArgs(['--bogus', '--also-bogus', '--lang', 'nl', 'a.json'], {LANG: 'en_GB.UTF-8'}))
      .toEqual({ok: false, lang: 'nl', problem: {code: 'unknown_option', value: '--bogus'}});
  });
});

describe('default language from LANG', () => {
  test.each([
    ['nl_NL.UTF-8', 'nl'], ['nl_BE', 'nl'], ['nl', 'nl'], ['NL_nl', 'nl'],
    ['en_US.UTF-8', 'en'], ['C.UTF-8', 'en'], ['de_DE', 'en'], ['', 'en'], [undefined, 'en'],
  ] as const)('LANG=%s → %s', (lang, expected) => {
    expect(langFromEnv(lang)).toBe(expected);
    expect(parseArgs(['a.json'], {LANG: lang})).toMatchObject({ok: true, options: {lang: expected}});
  });

  test('--lang overrides LANG', () => {
    expect(parseArgs(['--lang', 'en', 'a.json'], {LANG: 'nl_NL.UTF-8'})).toMatchObject({options: {lang: 'en'}});
  });
});
