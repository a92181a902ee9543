/**
 * Runs at most `concurrency` tasks at a time; the rest wait their turn in order. A finishing
 * task hands its slot straight to the first waiting one, so no newcomer can slip in between.
 */
export function createLimiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async task => {
    if(running >= concurrency) {
      await new Promise<void>(resolve => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await task();
    } finally {
      const handOver = waiting.shift();
      if(handOver) {
        handOver();
      } else {
        running--;
      }
    }
  };
}
