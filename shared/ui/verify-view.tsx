import {useRef, useState} from 'preact/hooks';
import {verdictLabel} from '../i18n/labels.js';
import type {Lang, Report} from '../types.js';
import {Badge} from './badge.js';
import {Card} from './card.js';
import {toDisplay} from './display.js';
import type {Hint} from './scorecard.js';
import {UI_WORDS} from './words.js';

export type Layout = 'badge' | 'card';

interface Props {
  report: Report;
  layout: Layout;
  lang: Lang;
  hint?: Hint;
}

/** One report in either layout: the widget and the extension render exactly this. */
export function VerifyView({report, layout, lang, hint}: Props) {
  return layout === 'card' ? <Card report={report} lang={lang} hint={hint}/> :
    <BadgeWithCard report={report} lang={lang} hint={hint}/>;
}

/** The badge opens the card below it (a disclosure); Escape closes it and returns focus to the badge. */
function BadgeWithCard({report, lang, hint}: Omit<Props, 'layout'>) {
  const [expanded, setExpanded] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if(event.key === 'Escape' && expanded) {
      setExpanded(false);
      wrapper.current?.querySelector('button')?.focus();
    }
  };
  return (
    <div class="badge-layout" ref={wrapper} onKeyDown={onKeyDown}>
      <Badge report={report} lang={lang} expanded={expanded} controls={expanded ? 'verify-card' : undefined} onToggle={() => setExpanded(!expanded)}/>
      {/* Rendered only when opened: a page may carry dozens of badges. */}
      {expanded && <div class="popover"><Card id="verify-card" report={report} lang={lang} hint={hint}/></div>}
    </div>
  );
}

/** What a screen reader hears when a result arrives: the verdict in words and the summary sentence. */
export function announcement(report: Report, lang: Lang): string {
  const words = UI_WORDS[lang];
  if(toDisplay(report, lang).course) {
    return `${words.course}: ${words.courseNote}`;
  }
  return `${verdictLabel(report.verdict, lang)}: ${report.summary}`;
}
