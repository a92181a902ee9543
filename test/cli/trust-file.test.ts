import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadTrustFiles, parseTrustList} from '../../cli/trust-file.js';

const LIST = {
  name: 'Test list', publisher: 'tests', version: '1', validUntil: null,
  records: [{subject: {dids: ['did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q']}}],
};

describe('parseTrustList (contract §6)', () => {
  test('a complete list comes back unchanged', () => {
    expect(parseTrustList(JSON.stringify(LIST))).toEqual(LIST);
  });

  test('optional publisher, version and validUntil get neutral defaults', () => {
    expect(parseTrustList(JSON.stringify({name: 'x', records: []}))).toEqual({name: 'x', publisher: '', version: '', validUntil: null, records: []});
  });

  test.each([
    ['not JSON', '{name:'],
    ['an array', '[]'],
    ['no name', JSON.stringify({...LIST, name: undefined})],
    ['records not an array', JSON.stringify({...LIST, records: {}})],
    ['a record without subject', JSON.stringify({...LIST, records: [{organisation: {}}]})],
    ['validUntil not a date', JSON.stringify({...LIST, validUntil: 'soon'})],
    ['version a number', JSON.stringify({...LIST, version: 1})],
  ])('refuses %s', (_title, text) => {
    expect(typeof parseTrustList(text)).toBe('string');
  });
});

describe('loadTrustFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-'));
  const good = join(dir, 'good.json');
  const bad = join(dir, 'bad.json');
  writeFileSync(good, JSON.stringify(LIST));
  writeFileSync(bad, '{"records": []}');

  test('reads every file in order', async() => {
    expect(await loadTrustFiles([good, good])).toEqual({ok: true, lists: [LIST, LIST]});
  });

  test.each([
    ['missing file', join(dir, 'nope.json'), 'file_missing'],
    ['a directory', dir, 'file_unreadable'],
    ['not a trust list', bad, 'trust_invalid'],
  ])('%s is a usage problem', async(_title, path, code) => {
    const loaded = await loadTrustFiles([good, path]);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problem.code).toBe(code);
  });
});

test('a DCC registry file is read as a trust list too', async() => {
  const list = parseTrustList(JSON.stringify({meta: {created: '2025-01-01'}, registry: {'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q':
    {name: 'Example Corp', url: 'https://example.com'}}}), 'dcc.json');
  expect(typeof list).toBe('object');
  expect((list as {records: {subject: {dids: string[]}}[]}).records[0].subject.dids).toContain('did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q');
});
