import type {CheckStatus, Verdict} from '../types.js';

export type IconName = Verdict | 'pending' | CheckStatus | 'info';

/**
 * One shape per meaning, so colour is never the only signal (a tick, a cross, a triangle, a
 * question mark, a dash, an i); the word always stands next to it, so the icon itself is hidden
 * from assistive technology.
 */
const TICK = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.3 5.2-4 4.3a.8.8 0 0 1-1.1 0L4.7 8.9a.8.8 0 1 1 1.1-1.1l1 1 3.4-3.7a.8.8 0 1 1 1.1 1.1Z';
const TRIANGLE = 'M8.9 1.6a1 1 0 0 0-1.8 0L.6 13.4A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.6ZM8 5a.8.8 0 0 1 .8.8v3.6a.8.8 0 0 1-1.6 0V5.8A.8.8 0 0 1 8 5Zm0 8a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z';
const CROSS = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.9 8.8a.8.8 0 1 1-1.1 1.1L8 9.1l-1.8 1.8a.8.8 0 1 1-1.1-1.1L6.9 8 5.1 6.2a.8.8 0 1 1 1.1-1.1L8 6.9l1.8-1.8a.8.8 0 1 1 1.1 1.1L9.1 8Z';
const QUESTION = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 11.5a.9.9 0 1 1 0-1.8.9.9 0 0 1 0 1.8Zm1.3-4.3c-.5.3-.6.5-.6.9a.7.7 0 0 1-1.4 0c0-1 .5-1.6 1.2-2 .5-.3.7-.5.7-.9 0-.5-.5-.9-1.2-.9s-1.1.3-1.3.8a.7.7 0 0 1-1.3-.5C5.8 4.5 6.7 3.9 8 3.9c1.6 0 2.6.9 2.6 2.2 0 1-.6 1.6-1.3 2.1Z';

const PATHS: Record<IconName, string> = {
  verified: TICK, pass: TICK,
  warning: TRIANGLE, warn: TRIANGLE,
  invalid: CROSS, fail: CROSS,
  unverifiable: QUESTION, unknown: QUESTION,
  skipped: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3 7.8H5a.8.8 0 0 1 0-1.6h6a.8.8 0 0 1 0 1.6Z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 2.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm.8 8.6a.8.8 0 0 1-1.6 0V7.6a.8.8 0 0 1 1.6 0Z',
  pending: 'M8 1.5a6.5 6.5 0 1 0 6.5 6.5h-1.6A4.9 4.9 0 1 1 8 3.1Z',
};

export function Icon({name}: {name: IconName}) {
  return (
    <svg class={`icon icon-${name}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" fill-rule="evenodd" d={PATHS[name]}/>
    </svg>
  );
}
