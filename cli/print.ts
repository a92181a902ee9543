import {CHECK_IDS, checkLabel, statusLabel, verdictLabel} from '../shared/index.js';
import type {CheckStatus, Lang, Report, Verdict} from '../shared/index.js';
import {words} from './messages.js';
import {formatQuality} from './print-quality.js';

const ANSI = {bold: '1', dim: '2', red: '31', green: '32', yellow: '33', magenta: '35'} as const;
type Style = keyof typeof ANSI;

const VERDICT_STYLE: Record<Verdict, Style> = {verified: 'green', warning: 'yellow', invalid: 'red', unverifiable: 'magenta'};
const STATUS_STYLE: Record<CheckStatus, Style> = {pass: 'green', fail: 'red', warn: 'yellow', unknown: 'magenta', skipped: 'dim'};
// A symbol per status keeps the lines readable without colour (pipes, NO_COLOR, screen readers read the word).
const STATUS_MARK: Record<CheckStatus, string> = {pass: '✓', fail: '✗', warn: '!', unknown: '?', skipped: '-'};

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export const wantsColour = (stream: {isTTY?: boolean}, env: {NO_COLOR?: string | undefined}): boolean =>
  stream.isTTY === true && !env.NO_COLOR;

/**
 * Credential text is hostile (design.md rule 5): in a terminal that means escape sequences
 * that recolour, move the cursor or retitle the window, and bidi overrides that reorder text.
 */
export const plain = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

/** `--json`: one report on one line (JSON Lines). */
export const formatJson = (report: Report): string => `${JSON.stringify(report)}\n`;

/**
 * One report for a person: the verdict in words and the summary first, then what was
 * checked, one line per check. Every word is in `lang`; the core wrote summary and messages.
 */
export function formatHuman(report: Report, lang: Lang, colour: boolean): string {
  const paint = (style: Style, text: string): string => (colour ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text);
  const say = words(lang);
  const verdict = paint(VERDICT_STYLE[report.verdict], paint('bold', verdictLabel(report.verdict, lang)));
  const lines = [`${verdict} — ${plain(report.summary)}`, `  ${say.input}: ${plain(report.input)}`];
  const about = describeCredential(report, lang);
  if(about) {
    lines.push(`  ${say.credential}: ${plain(about)}`);
  }
  const labelWidth = Math.max(...CHECK_IDS.map(id => checkLabel(id, lang).length));
  const statusWidth = Math.max(...Object.keys(STATUS_MARK).map(status => statusLabel(status as CheckStatus, lang).length));
  for(const check of report.checks) {
    const status = `${STATUS_MARK[check.status]} ${statusLabel(check.status, lang).padEnd(statusWidth)}`;
    lines.push(`  ${checkLabel(check.id, lang).padEnd(labelWidth)}  ${paint(STATUS_STYLE[check.status], status)}  ${plain(check.message)}`);
  }
  if(report.credential) {
    lines.push(...formatQuality(report.quality, lang, paint, plain));
  }
  return `${lines.join('\n')}\n`;
}

function describeCredential(report: Report, lang: Lang): string | undefined {
  const title = report.credential?.title?.trim();
  const issuer = report.credential?.issuer.name?.trim() || report.credential?.issuer.id?.trim();
  if(!title && !issuer) {
    return undefined;
  }
  return [title, issuer && `${words(lang).issuer} ${issuer}`].filter(Boolean).join(', ');
}
