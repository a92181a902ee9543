import {useEffect, useState} from 'preact/hooks';
import {verify} from '../shared/index.js';
import type {Lang, VerifyInput, VerifyOptions} from '../shared/index.js';
import {offlineFetch, pastedFetch} from './bundled-fetch.js';
import {ReportView} from './report-view.js';
import type {Outcome} from './report-view.js';
import {SAMPLES} from './samples.js';
import {WORDS} from './words.js';

async function check(input: VerifyInput, options: VerifyOptions): Promise<Outcome> {
  try {
    return {state: 'done', report: await verify(input, options)};
  } catch(error) {
    return {state: 'error', message: error instanceof Error ? error.message : String(error)};
  }
}

/**
 * Verify every sample whenever the language changes (the core words its messages), keeping
 * only the newest round's answers.
 */
function useSamples(lang: Lang): Outcome[] {
  const [outcomes, setOutcomes] = useState<Outcome[]>(() => SAMPLES.map(() => ({state: 'pending'})));
  useEffect(() => {
    let current = true;
    setOutcomes(SAMPLES.map(() => ({state: 'pending'})));
    SAMPLES.forEach((sample, index) => {
      void check(sample.credential, {lang, fetch: offlineFetch, inputName: sample.name}).then(outcome => {
        if(current) {
          setOutcomes(previous => previous.map((old, i) => (i === index ? outcome : old)));
        }
      });
    });
    return () => {
      current = false;
    };
  }, [lang]);
  return outcomes;
}

function PasteBox({lang}: {lang: Lang}) {
  const words = WORDS[lang];
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<{text: string; outcome: Outcome} | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const input = text.trim();
    if(input === '') {
      return;
    }
    setPasted({text: input, outcome: {state: 'pending'}});
    void check(input, {lang, fetch: pastedFetch, inputName: words.pasted}).then(outcome =>
      setPasted(previous => (previous?.text === input ? {text: input, outcome} : previous)));
  };
  return (
    <section aria-labelledby="paste-heading">
      <h2 id="paste-heading">{words.paste}</h2>
      <p>{words.pasteHint}</p>
      <form onSubmit={submit}>
        <textarea id="paste" rows={8} spellcheck={false} placeholder={words.pastePlaceholder} aria-labelledby="paste-heading"
          value={text} onInput={event => setText(event.currentTarget.value)}/>
        <button type="submit">{words.check}</button>
      </form>
      <div data-pasted aria-live="polite">
        {pasted && <ReportView title={words.pasted} outcome={pasted.outcome} lang={lang} failedText={words.failed}/>}
      </div>
    </section>
  );
}

export function App({initial}: {initial: Lang}) {
  const [lang, setLang] = useState<Lang>(initial);
  const outcomes = useSamples(lang);
  const words = WORDS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${words.title} — demo`;
  }, [lang, words.title]);
  return (
    <>
      <header class="page">
        <h1>{words.title}</h1>
        <fieldset class="lang">
          <legend>{words.language}</legend>
          {(['nl', 'en'] as const).map(option => (
            <label key={option}>
              <input type="radio" name="lang" value={option} checked={lang === option} onChange={() => setLang(option)}/>
              {option.toUpperCase()}
            </label>
          ))}
        </fieldset>
      </header>
      <p>{words.intro}</p>
      <section aria-labelledby="samples-heading">
        <h2 id="samples-heading">{words.samples}</h2>
        {SAMPLES.map((sample, index) => (
          <ReportView key={sample.name} title={sample.name} sample={sample.name} outcome={outcomes[index]} lang={lang} failedText={words.failed}/>
        ))}
      </section>
      <PasteBox lang={lang}/>
    </>
  );
}
