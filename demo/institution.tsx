import {h, render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import type {Lang} from '../shared/index.js';
import {offlineFetch} from './bundled-fetch.js';
import {loadWidget} from './load-widget.js';
import {applyLang, PageHeader} from './page-header.js';
import {DEMO_TRUST_LIST, SAMPLES, type Sample} from './samples.js';
import {initialLang, WORDS} from './words.js';

/** One sample as an institution would write it: `src`, or the credential inline. */
function SampleElement({sample, layout, lang}: {sample: Sample; layout: 'badge' | 'card'; lang?: Lang}) {
  return (
    <microcredential-verify src={sample.src} layout={layout} lang={lang} data-sample={sample.id}>
      {sample.inline && <script type="application/ld+json">{JSON.stringify(sample.inline)}</script>}
    </microcredential-verify>
  );
}

const SNIPPET = `<script type="module" src="https://your-site.example/widget/microcredential-verify.js"></script>

<microcredential-verify src="https://api.edubadges.nl/public/assertions/…"></microcredential-verify>

<microcredential-verify layout="card" lang="nl">
  <script type="application/ld+json">{"@context": …}</script>
</microcredential-verify>`;

function InstitutionPage({initial}: {initial: Lang}) {
  const [lang, setLang] = useState<Lang>(initial);
  const words = WORDS[lang].institution;
  useEffect(() => applyLang(lang, words.title), [lang, words.title]);
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <>
      <PageHeader lang={lang} onLang={setLang} current="institution"/>
      <main>
        <h1>{words.title}</h1>
        <p>{words.intro}</p>
        <section aria-labelledby="badges">
          <h2 id="badges">{words.badges}</h2>
          <p>{words.badgesIntro}</p>
          <ul class="badge-list">
            {SAMPLES.map(sample => (
              <li key={sample.id}><span class="sample-label">{sample.label[lang]}:</span> <SampleElement sample={sample} layout="badge"/></li>
            ))}
          </ul>
          <p>{words.otherLanguage} <SampleElement sample={SAMPLES[0]} layout="badge" lang={other}/></p>
        </section>
        <section aria-labelledby="cards">
          <h2 id="cards">{words.cards}</h2>
          <p>{words.cardsIntro}</p>
          <div class="cards">
            {SAMPLES.map(sample => (
              <figure key={sample.id}>
                <figcaption>{sample.label[lang]}</figcaption>
                <SampleElement sample={sample} layout="card"/>
              </figure>
            ))}
          </div>
        </section>
        <section aria-labelledby="embed">
          <h2 id="embed">{words.embed}</h2>
          <p>{words.embedIntro}</p>
          <pre class="snippet" tabIndex={0}><code>{SNIPPET}</code></pre>
        </section>
      </main>
    </>
  );
}

async function main(root: HTMLElement): Promise<void> {
  const Element = await loadWidget(offlineFetch);
  Element.setTrustLists([DEMO_TRUST_LIST]);
  root.replaceChildren();
  render(h(InstitutionPage, {initial: initialLang(location.search, navigator.languages)}), root);
}

const root = document.getElementById('app');
if(root) {
  void main(root);
}
