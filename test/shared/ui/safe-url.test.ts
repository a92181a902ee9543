import {describe, expect, test} from 'vitest';
import {safeImage, safeLink} from '../../../shared/ui/safe-url.js';

describe('shared/ui: links and images from hostile credentials (design.md rule 5)', () => {
  test.each([
    ['https://example.edu/badge', 'https://example.edu/badge'],
    ['  https://example.edu/a b', 'https://example.edu/a%20b'],
    ['http://example.edu/', null],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['https://user:pass@example.edu/', null],
    ['//example.edu/relative', null],
    [42, null],
  ])('link %j → %j', (value, expected) => {
    expect(safeLink(value)).toBe(expected);
  });

  test.each([
    ['https://example.edu/i.png', 'https://example.edu/i.png'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ['data:image/svg+xml;utf8,<svg/>', 'data:image/svg+xml;utf8,<svg/>'],
    ['data:text/html;base64,PHNjcmlwdD4=', null],
    ['data:image/png' + ';base64,' + 'A'.repeat(1024 * 1024), null],
    ['javascript:alert(1)', null],
    [{id: 'https://example.edu/i.png'}, null],
  ])('image %j → %j', (value, expected) => {
    expect(safeImage(value)).toBe(expected);
  });
});
