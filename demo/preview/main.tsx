import {h, render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import type {Lang, Report} from '../../shared/index.js';
import {previewFetch} from '../bundled-fetch.js';
import {loadWidget} from '../load-widget.js';
import {applyLang, PageHeader} from '../page-header.js';
import {initialLang, WORDS} from '../words.js';
import {CredentialElement} from './credential-element.js';
import {InputPanel, type LearnerInput} from './input-panel.js';
import {ShadowScorecard} from './shadow-scorecard.js';
import {SharePanel} from './share-panel.js';

function PreviewPage({initial}: {initial: Lang}) {
  const [lang, setLang] = useState<Lang>(initial);
  const [input, setInput] = useState<LearnerInput | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const words = WORDS[lang].preview;
  useEffect(() => applyLang(lang, words.title), [lang, words.title]);
  const credential = input ? (input.kind === 'file' ? input.bytes : input.text) : null;
  const onInput = (next: LearnerInput) => {
    setReport(null);
    setInput(next);
  };
  return (
    <>
      <PageHeader lang={lang} onLang={setLang} current="preview"/>
      <main>
        <h1>{words.title}</h1>
        <p>{words.intro}</p>
        <InputPanel lang={lang} onInput={onInput}/>
        {input && credential !== null && (
          <>
            {input.kind === 'file' && <p class="hint">{words.fileRead(input.name)}</p>}
            <section aria-labelledby="seen-heading">
              <h2 id="seen-heading">{words.seenAs}</h2>
              <h3>{words.badge}</h3>
              <CredentialElement input={credential} layout="badge" id="badge"/>
              <h3>{words.card}</h3>
              <CredentialElement input={credential} layout="card" id="card" onResult={setReport}/>
            </section>
            {report && (
              <>
                <section aria-labelledby="missing-heading" class="missing" data-missing>
                  <h2 id="missing-heading">{words.missing}</h2>
                  <p>{words.missingIntro}</p>
                  {report.quality.elements.filter(element => element.id.startsWith('EU-M')).every(element => element.status === 'present') &&
                    <p data-nothing-missing>{words.nothingMissing}</p>}
                  <ShadowScorecard quality={report.quality} lang={lang}/>
                </section>
                <SharePanel input={input} report={report} lang={lang}/>
              </>
            )}
          </>
        )}
      </main>
    </>
  );
}

async function main(root: HTMLElement): Promise<void> {
  await loadWidget(previewFetch);
  root.replaceChildren();
  render(h(PreviewPage, {initial: initialLang(location.search, navigator.languages)}), root);
}

const root = document.getElementById('app');
if(root) {
  void main(root);
}
