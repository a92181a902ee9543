import {expect, test} from 'vitest';
import {forEachInOrder} from '../../cli/ordered-pool.js';

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

test('results come out in input order while at most `limit` run at once', async() => {
  let running = 0;
  let peak = 0;
  const emitted: number[] = [];
  // Early items are the slowest, so finishing order is the reverse of input order.
  await forEachInOrder([5, 4, 3, 2, 1, 0], 3, async(n) => {
    running++;
    peak = Math.max(peak, running);
    await sleep(n * 5);
    running--;
    return n * 10;
  }, result => {
    emitted.push(result);
  });
  expect(emitted).toEqual([50, 40, 30, 20, 10, 0]);
  expect(peak).toBe(3);
});

test('no items, no work', async() => {
  await forEachInOrder([], 4, async() => expect.unreachable(), () => expect.unreachable());
});
