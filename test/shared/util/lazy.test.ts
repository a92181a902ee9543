import {describe, expect, test, vi} from 'vitest';
import {lazy} from '../../../shared/util/lazy.js';

describe('lazy(): a module imported on first use and kept', () => {
  test('loads once; every later and concurrent call gets the same promise', async() => {
    const load = vi.fn(async() => ({value: 1}));
    const get = lazy(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed load is forgotten: the next call tries again', async() => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk did not arrive')).mockResolvedValue('module');
    const get = lazy(load as () => Promise<string>);
    await expect(get()).rejects.toThrow('chunk did not arrive');
    await expect(get()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
