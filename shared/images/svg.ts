import {ImageProblem} from './png.js';

/**
 * The payload of a baked SVG (Open Badges 2.0 baking §SVG, 3.0 §5.3.2): the `verify` attribute
 * or the text (usually CDATA) of the first `<openbadges:assertion>` or `<openbadges:credential>`.
 * Read as text, never parsed as a document: nothing is loaded, no DTD is read, and no entity is
 * expanded except the five XML predefines and character references (so "billion laughs" and
 * external entities simply stay unexpanded text).
 */
export function readSvgPayload(svg: string): string | null {
  const start = /<openbadges:(assertion|credential)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/.exec(svg);
  if(!start) {
    return null;
  }
  const verify = /\bverify\s*=\s*("([^"]*)"|'([^']*)')/.exec(start[2]);
  if(verify) {
    return decodeXmlText(verify[2] ?? verify[3]).trim();
  }
  if(start[3] === '/') {
    throw new ImageProblem('the openbadges element is empty');
  }
  const bodyStart = start.index + start[0].length;
  const end = svg.indexOf(`</openbadges:${start[1]}>`, bodyStart);
  if(end < 0) {
    throw new ImageProblem('the openbadges element is not closed');
  }
  const body = svg.slice(bodyStart, end);
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(body);
  return (cdata ? cdata[1] : decodeXmlText(body)).trim();
}

const PREDEFINED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (entity, name: string) => {
    if(name.startsWith('#')) {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return PREDEFINED[name] ?? entity;
  });
}
