import type {Lang, Quality} from '../shared/index.js';
import type {RuleStatus} from '../shared/types.js';
import {elementsLine, qualityHeadline} from '../shared/quality/i18n/describe.js';

const MARK: Record<RuleStatus, string> = {pass: '✓', fail: '✗', warn: '!', info: 'i'};
type Paint = (style: 'red' | 'yellow' | 'green' | 'dim' | 'bold', text: string) => string;

/**
 * The quality scorecard for a person, after the checks: what it claims (microcredential, which
 * framework, met or not), the EU standard elements in one line, then only the rules that fail or
 * warn. `--json` carries the whole `quality` object.
 */
export function formatQuality(quality: Quality, lang: Lang, paint: Paint, plain: (text: string) => string): string[] {
  const nl = lang === 'nl';
  const lines = [`  ${paint('bold', nl ? 'Kwaliteit' : 'Quality')}: ${plain(qualityHeadline(quality, lang))}`, `    ${elementsLine(quality, lang)}`];
  for(const framework of quality.frameworks.filter(entry => entry.status !== 'not_claimed')) {
    for(const rule of framework.rules.filter(entry => entry.status === 'fail' || entry.status === 'warn')) {
      const mark = paint(rule.status === 'fail' ? 'red' : 'yellow', MARK[rule.status]);
      lines.push(`    ${mark} ${paint('dim', rule.id)}  ${plain(rule.message)}`);
    }
  }
  return lines;
}
