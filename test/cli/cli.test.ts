import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {CHECK_IDS} from '../../shared/types.js';
import {CREDENTIALS, runCli} from './run-cli.js';

const NOW = ['--now', '2026-11-23T12:00:00Z'];
const file = (name: string): string => `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-${name}.json`;
const REPORT_FIELDS = ['input', 'verdict', 'format', 'summary', 'checks', 'credential', 'presentation', 'quality'].sort();
const CHECK_FIELDS = ['id', 'status', 'code', 'message', 'evidence'].sort();

const trustFile = (): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'cli-trust-')), 'list.json');
  writeFileSync(path, JSON.stringify({
    name: 'Test list', publisher: 'tests', version: '1', validUntil: null,
    records: [{subject: {dids: ['did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q']},
      organisation: {legalName: 'Example Corp', country: 'US'}}],
  }));
  return path;
};

// Every test is a real process (about a second of start-up each), so they run side by side.
describe.concurrent('the command line, run as a user runs it', {timeout: 60_000}, () => {
  describe('exit status (contract §1)', () => {
    test.each<[string, string[], number]>([
      ['valid, issuer on no trust list → 4 (warning)', [file('valid')], 4],
      ['tampered → 1 (invalid)', [file('tampered')], 1],
      ['expired → 1 (invalid)', [file('expired')], 1],
      ['revoked, status list from the fixture fetch → 1 (invalid)', [file('revoked')], 1],
      ['valid with a --trust list naming its issuer → 0 (verified)', ['--trust', trustFile(), file('valid')], 0],
    ])('%s', async(_title, args, code) => {
      const result = await runCli([...NOW, ...args]);
      expect(result.stderr).not.toMatch(/fixture fetch: unknown URL/);
      expect(result.code).toBe(code);
    });
  });

  test('--json through `npm run verify`: one report per line with the contract\'s fields; exit is the worst verdict', async() => {
    const inputs = [file('valid'), file('tampered'), file('revoked')];
    const result = await runCli(['--json', ...NOW, ...inputs], {viaNpm: true});
    const lines = result.stdout.split('\n').filter(line => line !== '');
    // Nothing else on stdout: not even npm's "> script" banner (see .npmrc).
    expect(result.stdout).toBe(lines.map(line => `${line}\n`).join(''));
    const reports = lines.map(line => JSON.parse(line) as Record<string, unknown>);
    expect(reports.map(report => report.input)).toEqual(inputs);
    expect(reports.map(report => report.verdict)).toEqual(['warning', 'invalid', 'invalid']);
    for(const report of reports) {
      expect(Object.keys(report).sort()).toEqual(REPORT_FIELDS);
      const checks = report.checks as Record<string, unknown>[];
      expect(checks.map(check => check.id)).toEqual([...CHECK_IDS]);
      checks.forEach(check => expect(Object.keys(check).sort()).toEqual(CHECK_FIELDS));
    }
    expect(result.code).toBe(1);
  });

  test('--lang nl: verdict, labels, statuses and messages in Dutch', async() => {
    const result = await runCli(['--lang', 'nl', ...NOW, file('expired')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Ongeldig — /);
    expect(result.stdout).toContain('Geldigheid');
    expect(result.stdout).toContain('afgekeurd');
    expect(result.stdout).toContain('Invoer:');
    expect(result.stdout).not.toMatch(/\b(Not valid|Validity|Input|fail|pass)\b/);
  });

  test('LANG=nl_NL.UTF-8 makes Dutch the default', async() => {
    const result = await runCli([...NOW, file('valid')], {env: {LANG: 'nl_NL.UTF-8'}});
    expect(result.stdout).toMatch(/^Let op — /);
  });

  test.each<[string, string[], RegExp]>([
    ['a missing file, even next to a good one', [file('valid'), 'test/fixtures/no-such-file.json'], /file not found: test\/fixtures\/no-such-file\.json/],
    ['an unknown option', ['--bogus', file('valid')], /unknown option "--bogus"/],
  ])('usage error, exit 2 and nothing verified: %s', async(_title, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  test('- reads the credential from standard input and names it "-"', async() => {
    const result = await runCli(['--json', ...NOW, '-'], {stdin: readFileSync(file('tampered'), 'utf8')});
    expect(JSON.parse(result.stdout)).toMatchObject({input: '-', verdict: 'invalid'});
    expect(result.code).toBe(1);
  });
});
