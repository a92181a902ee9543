import {PassThrough} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {runCli} from '../../cli/run.js';

/** The command line in-process: for what needs no verification, without a second of start-up. */
async function run(argv: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', chunk => (out += chunk));
  stderr.setEncoding('utf8').on('data', chunk => (err += chunk));
  const code = await runCli({argv, env, stdin: () => (async function* () {})(), stdout, stderr});
  return {code, stdout: out, stderr: err};
}

const VALID = 'test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-valid.json';

describe('usage errors (exit 2, nothing on stdout)', () => {
  test.each<[string, string[], RegExp]>([
    ['an unreadable trust list', ['--trust', 'test/fixtures/no-such-list.json', VALID], /file not found: .*no-such-list\.json/],
    ['a trust list that is not one', ['--trust', VALID, VALID], /trust list .* cannot be used: "records" must be an array/],
    ['a directory as input', ['test/fixtures', VALID], /not a file: test\/fixtures/],
    ['no input', ['--json'], /no input/],
    ['a bad --now', ['--now', 'yesterday', VALID], /--now needs an ISO-8601/],
  ])('%s', async(_title, argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({code: 2, stdout: ''});
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('--help');
  });

  test('in Dutch with --lang nl or LANG=nl_*', async() => {
    expect((await run(['--lang', 'nl', 'nope.json'])).stderr).toContain('bestand niet gevonden: nope.json');
    expect((await run(['--bogus', 'x'], {LANG: 'nl_NL.UTF-8'})).stderr).toContain('onbekende optie "--bogus"');
  });
});

test.each([['en', 'Usage:'], ['nl', 'Gebruik:']])('--help --lang %s prints the usage on stdout and exits 0', async(lang, heading) => {
  const result = await run(['--help', '--lang', lang]);
  expect(result).toMatchObject({code: 0, stderr: ''});
  expect(result.stdout).toContain(heading);
  expect(result.stdout).toContain('--allow-private-network');
});
