/**
 * Run `work` on every item, at most `limit` at a time, and hand each result to `emit` in
 * input order, so output stays in the order the inputs were named while slow network
 * inputs overlap. `work` must not reject.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, item: T) => Promise<void> | void,
): Promise<void> {
  const running: Promise<R>[] = [];
  const start = (index: number): void => {
    if(index < items.length) {
      running[index] = work(items[index]);
    }
  };
  for(let i = 0; i < Math.min(limit, items.length); i++) {
    start(i);
  }
  for(let i = 0; i < items.length; i++) {
    const result = await running[i];
    delete running[i];
    start(i + limit);
    await emit(result, items[i]);
  }
}
