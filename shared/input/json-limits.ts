/** Limits for hostile input (design.md rule 5). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
/** Real credentials nest about ten levels; JSON-LD processing recurses, so deep input is refused early. */
export const MAX_JSON_DEPTH = 64;

/** Depth of a parsed JSON value, counted without recursion (a 10,000-deep document must not overflow the stack). */
export function jsonDepthExceeds(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while(stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if(typeof current !== 'object' || current === null) {
      continue;
    }
    if(depth > limit) {
      return true;
    }
    for(const child of Object.values(current)) {
      if(typeof child === 'object' && child !== null) {
        stack.push([child, depth + 1]);
      }
    }
  }
  return false;
}
