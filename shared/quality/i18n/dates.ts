import type {Lang} from '../../types.js';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** "1 May 2025" / "1 mei 2025" from an ISO date (the calendar day as written); the input itself when unreadable. */
export function formatDay(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if(!match) {
    return iso;
  }
  return `${Number(match[3])} ${MONTHS[lang][Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}
