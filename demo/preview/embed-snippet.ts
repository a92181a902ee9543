import type {LearnerInput} from './input-panel.js';

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(~[A-Za-z0-9_.~-]*)*$/;

/**
 * The markup that shows this credential on another page: the element by URL, or with the
 * credential inline. `<` is escaped inside the inline JSON so no text in it can close the
 * <script> block. Badge images cannot be inlined: null, and the page says what to do instead.
 */
export function embedSnippet(input: LearnerInput, scriptUrl: string): string | null {
  const text = input.kind === 'text' ? input.text : decode(input.bytes);
  const script = `<script type="module" src="${scriptUrl}"></script>`;
  if(text === null) {
    return null;
  }
  const trimmed = text.trim();
  if(/^https:\/\/\S+$/i.test(trimmed)) {
    return `${script}\n<microcredential-verify src="${trimmed.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></microcredential-verify>`;
  }
  if(JWT.test(trimmed)) {
    return `${script}\n<microcredential-verify>\n  <script type="application/jwt">${trimmed}</script>\n</microcredential-verify>`;
  }
  try {
    const json = JSON.stringify(JSON.parse(trimmed)).replaceAll('<', '\\u003c');
    return `${script}\n<microcredential-verify>\n  <script type="application/ld+json">${json}</script>\n</microcredential-verify>`;
  } catch {
    return null;
  }
}

/** A file's text, or null for a PNG, an SVG or anything that is not UTF-8 text. */
function decode(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return null;
  }
  return /^\s*(<\?xml|<svg|<!--)/i.test(text) ? null : text;
}
