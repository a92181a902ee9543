import {claimLine, claimSkip, publicDate, publicEntry, publicIssuer, publicTitle} from './selectors.js';

/** What a certification entry itself says about the credential, as the page shows it. */
export interface EntryClaims {
  title: string | null;
  issuer: string | null;
  /** "Issued Feb 2025" → {year: 2025, month: 2}; month null when the page gives only a year. */
  issued: {year: number; month: number | null} | null;
}

/** Longest line read: an entry's lines are short; a page stuffed with text is not parsed at length. */
const MAX_LINE = 300;
/** At most this many lines per entry (L1 has 4–5, L2 4–6). */
const MAX_LINES = 12;

const text = (element: Element | null | undefined): string | null => {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, MAX_LINE) : null;
};

/**
 * The entry's own claims (surfaces.md §1.2–1.5): L1, its details page and L2 as text lines
 * (name first, issuer second, "Issued …" anywhere, credential id and skills ignored), G from its
 * h3/h4/<time>. Read only in the content script, to compare with the report there; never sent.
 */
export function readClaims(entry: Element): EntryClaims {
  if(entry.matches(publicEntry.join(', '))) {
    return readPublic(entry);
  }
  const lines: string[] = [];
  for(const line of entry.querySelectorAll(claimLine.join(', '))) {
    if(lines.length >= MAX_LINES) {
      break;
    }
    const value = line.closest(claimSkip.join(', ')) ? null : text(line);
    // An aria-hidden span can hold another (L1 caption wrappers): keep the outermost once.
    if(value && !line.parentElement?.closest(claimLine[0])) {
      lines.push(value);
    }
  }
  return fromLines(lines);
}

/** The classification of surfaces.md §1.4's text-only fallback: the first plain lines are name and issuer. */
export function fromLines(lines: readonly string[]): EntryClaims {
  const plain: string[] = [];
  let issued: EntryClaims['issued'] = null;
  for(const line of lines) {
    const date = parseIssued(line);
    if(date !== undefined) {
      issued ??= date;
    } else if(!NOT_A_CLAIM.test(line)) {
      plain.push(line);
    }
  }
  return {title: plain[0] ?? null, issuer: plain[1] ?? null, issued};
}

function readPublic(entry: Element): EntryClaims {
  const title = entry.querySelector(publicTitle.join(', '));
  const time = entry.querySelector(publicDate.join(', '));
  return {
    title: text(title),
    issuer: text(entry.querySelector(publicIssuer.join(', '))),
    issued: time ? parseMonthYear(text(time) ?? '') : null,
  };
}

/**
 * Lines that are neither name nor issuer: credential id, skills, the link's label (surfaces.md §1.5;
 * EN, NL, and the Indonesian a scraper saw).
 */
const NOT_A_CLAIM = /^(?:credential id|referentienummer|id kredensial|skills|vaardigheden|show credential|see credential|referentie weergeven|no expiration date|expires|verloopt)\b/i;

/** "Issued Feb 2025", "Issued Feb 2025 · Expires Feb 2028", "Afgegeven op feb 2025", "Uitgegeven: feb. 2025". */
const ISSUED = /^(?:issued(?: on)?|afgegeven(?: op)?|uitgegeven(?: op)?|diterbitkan)\s*:?\s*(.*)$/i;

/** The issue date of an "Issued …" line; undefined when the line is no such line, null when its date cannot be read. */
export function parseIssued(line: string): EntryClaims['issued'] | undefined {
  const match = ISSUED.exec(line.trim());
  if(!match) {
    return undefined;
  }
  return parseMonthYear(match[1].split(/\s[·•-]\s/)[0]);
}

/** Month names by their first three letters, English and Dutch (mrt = maart, mei = May, okt = October). */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mrt: 3, maa: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12,
};

/** "Feb 2025", "feb. 2025", "februari 2025", "2025" → {year, month}; null for anything else. */
export function parseMonthYear(value: string): EntryClaims['issued'] {
  const match = /^(?:([a-z]{3})[a-z]*\.?\s+)?((?:19|20)\d\d)\b/i.exec(value.trim());
  if(!match) {
    return null;
  }
  const month = match[1] ? MONTHS[match[1].toLowerCase()] : null;
  return month === undefined ? null : {year: Number(match[2]), month};
}
