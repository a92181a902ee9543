// The README's fixture scorecard table, computed: one row per fixture (see README "Quality scorecard").
import type {Quality} from '../../../shared/types.js';

const short = (id: string) => id.replace('EU-', '');

/** `| fixture | microcredential | present | missing / invalid | framework | rules that pass | rules that fail or warn |` */
export function scorecardRow(fixture: string, quality: Quality): string {
  const present = quality.elements.filter(element => element.status === 'present').map(element => short(element.id)).join(' ');
  const absent = quality.elements.filter(element => element.status !== 'present' && element.id.startsWith('EU-M'))
    .map(element => `${short(element.id)}${element.status === 'invalid' ? ` (invalid: ${element.value})` : ''}`).join(' ') || '—';
  const claimed = quality.frameworks.filter(framework => framework.status !== 'not_claimed');
  const framework = claimed.map(entry => `${entry.id}: ${entry.status}`).join('; ') || 'not claimed';
  const rules = (statuses: string[]) => claimed.flatMap(entry => entry.rules.filter(rule => statuses.includes(rule.status))
    .map(rule => rule.status === 'pass' ? rule.id : `${rule.id} (${rule.status})`)).join(', ') || '—';
  const micro = quality.microcredential ? 'yes' : `no: ${quality.frameworks[0].rules[0].message.replace(/^Not a microcredential: (.*?)\. .*$/, '$1')}`;
  return `| \`${fixture}\` | ${micro} | ${present} | ${absent} | ${framework} | ${rules(['pass'])} | ${rules(['fail', 'warn'])} |`;
}
