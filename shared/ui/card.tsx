import {useState} from 'preact/hooks';
import {verdictLabel} from '../i18n/labels.js';
import type {Lang, Report} from '../types.js';
import {CheckList} from './check-list.js';
import {toDisplay, type Display} from './display.js';
import {Icon} from './icon.js';
import {Scorecard, type Hint} from './scorecard.js';
import {TechnicalDetails} from './technical-details.js';
import {UI_WORDS} from './words.js';

interface Props {
  report: Report;
  lang: Lang;
  /** Learner preview: how the issuer could supply missing elements. */
  hint?: Hint;
  id?: string;
}

/**
 * The full card: what the credential is and who issued it, the verdict with one sentence per
 * check, the quality scorecard and the collapsed technical details. A course (a badge class on
 * its own) is labelled as such and shows what it leads to, never a verdict about a person.
 */
export function Card({report, lang, hint, id}: Props) {
  const display = toDisplay(report, lang);
  const words = UI_WORDS[lang];
  return (
    <article id={id} class={`card verdict-${display.course ? 'course' : report.verdict}`} part="card"
      data-verdict={report.verdict} lang={lang}>
      <Header display={display} lang={lang}/>
      {display.course ? (
        <p class="verdict" part="verdict"><Icon name="info"/><span><strong>{words.course}</strong> {words.courseNote}</span></p>
      ) : (
        <>
          <p class="verdict" part="verdict">
            <Icon name={report.verdict}/>
            <span><strong class="verdict-word">{verdictLabel(report.verdict, lang)}</strong> <span class="summary">{report.summary}</span></span>
          </p>
          <p class="section-title">{words.checks}</p>
          <CheckList checks={report.checks} lang={lang}/>
        </>
      )}
      <Scorecard quality={report.quality} lang={lang} hint={hint}/>
      <TechnicalDetails report={report} lang={lang}/>
    </article>
  );
}

function Header({display, lang}: {display: Display; lang: Lang}) {
  const words = UI_WORDS[lang];
  // An image that does not load (offline, removed) is left out rather than shown broken.
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <div class="card-head">
      {display.image && failed !== display.image && <img onError={() => setFailed(display.image)} class="image" part="image" src={display.image} alt={words.credentialImage}
        width="72" height="72" loading="lazy" decoding="async" referrerpolicy="no-referrer"/>}
      <div class="head-text">
        <p class="title" part="title">{display.title}</p>
        <p class="issuer" part="issuer">
          {words.issuedBy} {display.issuer}
          {display.recognisedBy && <>, {words.recognisedBy} {display.recognisedBy}</>}
        </p>
        {!display.course && (
          <p class="dates" part="dates">
            {display.issuedOn && <>{words.issued} {display.issuedOn} · </>}
            {display.validUntil ? <>{words.validUntil} {display.validUntil}</> : words.noEndDate}
          </p>
        )}
        {display.micro && <p class="micro">{display.micro}</p>}
        {(display.micro || display.course) && (display.size || display.level) && (
          <p class="facts-line">
            {display.size && <>{words.size}: {display.size}</>}
            {display.size && display.level && ' · '}
            {display.level && <>{words.level}: {display.level}</>}
          </p>
        )}
      </div>
    </div>
  );
}
