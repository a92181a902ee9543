import {verdictLabel} from '../i18n/labels.js';
import type {Lang} from '../types.js';
import {Icon} from './icon.js';

/**
 * The badge before a result: the same shape as the badge, not yet a button (there is nothing to
 * open). Its own file, so a host can render it without loading the rest of the components.
 */
export function PendingBadge({lang, text}: {lang: Lang; text?: string}) {
  return (
    <span class={`badge verdict-${text ? 'unverifiable' : 'pending'}`} part="badge" data-verdict={text ? 'unverifiable' : 'pending'} lang={lang}>
      <Icon name={text ? 'unverifiable' : 'pending'}/>
      <span class="badge-text"><strong class="verdict-word">{text ?? verdictLabel('pending', lang)}</strong></span>
    </span>
  );
}
