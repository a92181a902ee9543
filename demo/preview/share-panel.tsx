import {useState} from 'preact/hooks';
import type {Lang, Report} from '../../shared/index.js';
import {linkedInAddUrl} from '../linkedin-link.js';
import {widgetScriptUrl} from '../load-widget.js';
import {WORDS} from '../words.js';
import {embedSnippet} from './embed-snippet.js';
import type {LearnerInput} from './input-panel.js';

/** The embed snippet with a copy button, and the LinkedIn "Add to profile" link. */
export function SharePanel({input, report, lang}: {input: LearnerInput; report: Report; lang: Lang}) {
  const words = WORDS[lang].preview;
  const snippet = embedSnippet(input, widgetScriptUrl());
  const url = input.kind === 'text' && /^https:\/\/\S+$/i.test(input.text) ? input.text : null;
  const linkedIn = linkedInAddUrl(report, url);
  const [copied, setCopied] = useState(false);
  const copy = async() => {
    if(snippet) {
      await navigator.clipboard.writeText(snippet).then(() => setCopied(true), () => setCopied(false));
    }
  };
  return (
    <>
      <section aria-labelledby="embed-heading">
        <h2 id="embed-heading">{words.embed}</h2>
        {snippet ? (
          <>
            <p>{words.embedIntro}</p>
            <textarea class="snippet" readOnly rows={5} spellcheck={false} aria-labelledby="embed-heading" value={snippet} data-snippet/>
            <button type="button" onClick={() => void copy()}>{words.copy}</button>
            <span class="copied" role="status">{copied ? words.copied : ''}</span>
          </>
        ) : <p>{words.embedImage}</p>}
      </section>
      <section aria-labelledby="linkedin-heading">
        <h2 id="linkedin-heading">{words.linkedin}</h2>
        {linkedIn ? (
          <>
            <p>{words.linkedinIntro}</p>
            <p><a class="button linkedin" href={linkedIn} target="_blank" rel="noopener noreferrer" data-linkedin>{words.linkedinButton}</a></p>
          </>
        ) : <p>{report.credential?.title ? words.linkedinNeedsUrl : words.noTitle}</p>}
      </section>
    </>
  );
}
