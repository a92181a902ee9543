import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {BUNDLED_CONTEXT_URLS, loadBundledContext} from '../../../shared/loader/contexts.js';
import pinned from '../../../shared/loader/contexts/pinned.json' with {type: 'json'};

const dir = new URL('../../../shared/loader/contexts/', import.meta.url);

// Contexts are pinned by bytes: the OB 3.0.3 file was edited in place upstream (stack-probe.md §1).
test.each(Object.entries(pinned))('%s is byte-identical to its pinned copy', async(name, {url, sha256}) => {
  const text = readFileSync(new URL(`${name}.json`, dir), 'utf8');
  expect(createHash('sha256').update(text).digest('hex')).toBe(sha256);
  expect(await loadBundledContext(url)).toEqual(JSON.parse(text));
});

test('every bundled context is pinned, and nothing else is served', () => {
  expect([...BUNDLED_CONTEXT_URLS].sort()).toEqual(Object.values(pinned).map(entry => entry.url).sort());
});

test('the OB 3.0.3 context is the newest upstream version (31 terms, with awardedDate)', async() => {
  const ob303 = await loadBundledContext('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json') as {'@context': Record<string, unknown>};
  expect(Object.keys(ob303['@context'])).toHaveLength(31);
  expect(JSON.stringify(ob303)).toContain('awardedDate');
});
