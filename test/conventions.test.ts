import {readdirSync, readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {CHECKS} from '../shared/checks/index.js';
import {CODES} from '../shared/codes.js';
import {CHECK_IDS} from '../shared/types.js';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** Rows of the README's "Checks" table: `| \`id\` | question | codes |`. */
function checksTable(): Map<string, string> {
  const section = readme.split('## Checks')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter(line => /^\| `[a-z]+` \|/.test(line));
  return new Map(rows.map(line => {
    const cells = line.split('|').map(cell => cell.trim());
    return [cells[1].replace(/`/g, ''), cells[3]];
  }));
}

test('the checks run in contract order and each has a file in shared/checks/', () => {
  expect(CHECKS.map(([id]) => id)).toEqual([...CHECK_IDS]);
  const files = readdirSync(new URL('shared/checks/', root)).filter(name => name.endsWith('.ts'));
  for(const id of CHECK_IDS) {
    expect(files).toContain(`${id}.ts`);
  }
});

test('the README has a Checks table row for every check, in order', () => {
  expect([...checksTable().keys()]).toEqual([...CHECK_IDS]);
});

test('every code the core can report is listed in the README Checks table', () => {
  const listed = [...checksTable().values()].join(' ');
  const missing = CODES.filter(code => code !== 'internal_error' && !listed.includes(`\`${code}\``));
  expect(missing).toEqual([]);
});

test('the README gives the two commands', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});

test('every check has a test file', () => {
  const tests = readdirSync(new URL('test/shared/checks/', root));
  const covered = CHECK_IDS.filter(id => tests.includes(`${id}.test.ts`) ||
    readFileSync(new URL('test/shared/verify-fixtures.test.ts', root), 'utf8').includes(`${id}:`));
  expect(covered).toEqual([...CHECK_IDS]);
});
