import {verdictLabel} from '../i18n/labels.js';
import type {Lang, Report} from '../types.js';
import {toDisplay} from './display.js';
import {Icon} from './icon.js';
import {UI_WORDS} from './words.js';

interface BadgeProps {
  report: Report;
  lang: Lang;
  expanded: boolean;
  /** The id of the card this badge opens, while it is open. */
  controls?: string;
  onToggle: () => void;
}

/**
 * The compact mark: verdict icon and word, issuer, and "microcredential · hbo/wo framework"
 * when that applies. It is a real button (keyboard, focus ring, Enter/Space) that opens the card.
 */
export function Badge({report, lang, expanded, controls, onToggle}: BadgeProps) {
  const display = toDisplay(report, lang);
  const words = UI_WORDS[lang];
  const verdict = display.course ? 'course' : report.verdict;
  return (
    <button type="button" class={`badge verdict-${verdict}`} part="badge" data-verdict={report.verdict}
      aria-expanded={expanded} aria-controls={controls} lang={lang} onClick={onToggle}>
      <Icon name={display.course ? 'info' : report.verdict}/>
      <span class="badge-text">
        <strong class="verdict-word">{display.course ? words.course : verdictLabel(report.verdict, lang)}</strong>
        <span class="badge-issuer"> · {display.issuer}</span>
        {display.micro && <span class="badge-micro"> · {display.micro}</span>}
      </span>
      <span class="chevron" aria-hidden="true">{expanded ? '▴' : '▾'}</span>
    </button>
  );
}
