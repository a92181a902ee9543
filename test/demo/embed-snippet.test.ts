import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {embedSnippet} from '../../demo/preview/embed-snippet.js';

const SCRIPT = 'https://example.edu/widget/microcredential-verify.js';
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/credentials/${path}`, import.meta.url)));

describe('learner preview: the embed snippet', () => {
  test('a URL → the element with src, attribute-escaped', () => {
    expect(embedSnippet({kind: 'text', text: 'https://example.edu/c?a=1&b="2"'}, SCRIPT)).toBe(
      `<script type="module" src="${SCRIPT}"></script>\n<microcredential-verify src="https://example.edu/c?a=1&amp;b=&quot;2&quot;"></microcredential-verify>`);
  });

  test('pasted JSON → inline, where no text can close the <script> block', () => {
    const snippet = embedSnippet({kind: 'text', text: JSON.stringify({name: '</script><script>alert(1)</script>'})}, SCRIPT)!;
    expect(snippet).toContain('<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>');
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
  });

  test('a JWT file → inline application/jwt', () => {
    const snippet = embedSnippet({kind: 'file', name: 'x.jwt', bytes: bytes('1edtech-ob20-signed.jwt')}, SCRIPT)!;
    expect(snippet).toMatch(/<script type="application\/jwt">eyJ[\w.-]+<\/script>/);
  });

  test.each(['1edtech-ob30-baked-png.png', '1edtech-ob30-baked-svg.svg'])('a badge image (%s) cannot be inlined → null', name => {
    expect(embedSnippet({kind: 'file', name, bytes: bytes(name)}, SCRIPT)).toBeNull();
  });

  test('text that is neither a URL, a JWT nor JSON → null', () => {
    expect(embedSnippet({kind: 'text', text: 'hello'}, SCRIPT)).toBeNull();
  });
});
