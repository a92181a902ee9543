import {describe, expect, test} from 'vitest';
import * as selectors from '../../extension/linkedin/selectors.js';
import {loadView} from './pages.js';

type Table = Record<string, unknown>;
const table = selectors as unknown as Table;
const names = Object.keys(table).filter(name => !name.endsWith('_'));

describe('each LinkedIn selector matches what its fixture expectations say (aesthetics.md item 12)', () => {
  test.each(names)('%s has expectations', name => {
    expect(Array.isArray(table[`${name}_`])).toBe(true);
    expect((table[`${name}_`] as unknown[]).length).toBeGreaterThan(0);
  });

  const cases = names.flatMap(name => (table[`${name}_`] as [number, string][]).map(([count, view]) => [name, view, count] as const));
  test.each(cases)('%s on %s → %i', (name, view, count) => {
    expect(loadView(view).querySelectorAll((table[name] as string[]).join(', '))).toHaveLength(count);
  });
});
