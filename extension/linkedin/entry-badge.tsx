import {useRef, useState} from 'preact/hooks';
import type {Lang, Report} from '../../shared/index.js';
import {Badge} from '../../shared/ui/badge.js';
import {Card} from '../../shared/ui/card.js';

/**
 * The shared badge, opening the shared card below it. Unlike the widget's disclosure, the card is
 * only rendered once opened: 50 entries cost 50 small buttons, and the credential's image is not
 * fetched into LinkedIn's page (where its resource timing would show) until the user asks.
 */
export function EntryBadge({report, lang}: {report: Report; lang: Lang}) {
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
      <Badge report={report} lang={lang} expanded={expanded} controls="entry-card" onToggle={() => setExpanded(!expanded)}/>
      {expanded && <div class="popover"><Card id="entry-card" report={report} lang={lang}/></div>}
    </div>
  );
}
