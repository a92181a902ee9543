import {checkLabel, statusLabel, verdictLabel} from '../shared/index.js';
import type {Lang, Report} from '../shared/index.js';

/** A verification that has not finished, has a report, or broke (which `verify` should never do). */
export type Outcome = {state: 'pending'} | {state: 'done'; report: Report} | {state: 'error'; message: string};

interface Props {
  title: string;
  outcome: Outcome;
  lang: Lang;
  /** Set on sample rows only: the fixture's file name, for tests and for people. */
  sample?: string;
  failedText: string;
}

/**
 * One credential's result: the verdict in words and the summary, then the seven checks.
 * Everything is rendered as text (design.md rule 5): credential content is hostile.
 */
export function ReportView({title, outcome, lang, sample, failedText}: Props) {
  const verdict = outcome.state === 'done' ? outcome.report.verdict : outcome.state;
  return (
    <article class={`report verdict-${verdict}`} data-sample={sample} data-verdict={verdict} aria-busy={outcome.state === 'pending'}>
      <header>
        <span class="verdict">{outcome.state === 'error' ? failedText : verdictLabel(outcome.state === 'done' ? outcome.report.verdict : 'pending', lang)}</span>
        <h3>{title}</h3>
      </header>
      {outcome.state === 'error' && <p class="summary">{outcome.message}</p>}
      {outcome.state === 'done' && <Details report={outcome.report} lang={lang}/>}
    </article>
  );
}

function Details({report, lang}: {report: Report; lang: Lang}) {
  return (
    <>
      <p class="summary">{report.summary}</p>
      <table class="checks">
        <tbody>
          {report.checks.map(check => (
            <tr key={check.id} data-check={check.id} data-status={check.status}>
              <th scope="row">{checkLabel(check.id, lang)}</th>
              <td class="status">{statusLabel(check.status, lang)}</td>
              <td>{check.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
