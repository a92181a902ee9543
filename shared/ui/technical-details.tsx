import type {Lang, Report} from '../types.js';
import {clip} from './display.js';
import {UI_WORDS} from './words.js';

const MAX_EVIDENCE = 4000;

/**
 * The collapsed "technical details": format, input, and each check's status, code and
 * evidence, for whoever has to act on a result (an issuer's developer, a helpdesk).
 * Evidence is shown as JSON text, never interpreted.
 */
export function TechnicalDetails({report, lang}: {report: Report; lang: Lang}) {
  const words = UI_WORDS[lang];
  return (
    <details class="technical" part="details">
      <summary>{words.technical}</summary>
      <dl class="facts">
        <dt>{words.format}</dt><dd><code>{report.format}</code></dd>
        <dt>{words.input}</dt><dd class="wrap">{clip(report.input, 300)}</dd>
      </dl>
      <ul class="evidence">
        {report.checks.map(check => (
          <li key={check.id} data-check={check.id}>
            <code>{check.id}</code>: <code>{check.status}</code>, {words.code} <code>{check.code}</code>
            {Object.keys(check.evidence).length > 0 && <pre>{evidenceText(check.evidence)}</pre>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function evidenceText(evidence: Record<string, unknown>): string {
  let text: string;
  try {
    text = JSON.stringify(evidence, null, 1);
  } catch {
    text = String(evidence);
  }
  return clip(text, MAX_EVIDENCE);
}
