import {checkLabel, statusLabel} from '../i18n/labels.js';
import type {CheckResult, Lang} from '../types.js';
import {Icon} from './icon.js';

/**
 * One plain sentence per check, with its outcome in words and as a shape. A recipient check
 * nobody asked for says nothing useful to a reader, so it is left to the technical details.
 */
export function CheckList({checks, lang}: {checks: readonly CheckResult[]; lang: Lang}) {
  const shown = checks.filter(check => !(check.id === 'recipient' && check.code === 'not_requested'));
  return (
    <ul class="checks" part="checks">
      {shown.map(check => (
        <li key={check.id} class={`check status-${check.status}`} data-check={check.id} data-status={check.status}>
          <Icon name={check.status}/>
          <span class="check-text">
            <span class="check-name">{checkLabel(check.id, lang)}</span>
            <span class="check-status"> ({statusLabel(check.status, lang)})</span>
            {': '}
            <span class="check-message">{check.message}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
