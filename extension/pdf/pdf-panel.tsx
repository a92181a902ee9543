import {useEffect, useState} from 'preact/hooks';
import {browser} from 'wxt/browser';
import type {Lang, Report} from '../../shared/index.js';
import {PendingBadge} from '../../shared/ui/pending-badge.js';
import {VerifyView} from '../../shared/ui/verify-view.js';
import {send} from '../protocol.js';
import {WORDS} from '../words.js';
import {extractPdf, type PdfSource} from './extract.js';
import {fetchPdf, PdfFetchError} from './fetch-pdf.js';
import {pdfUrlOf} from './pdf-url.js';
import {PDF_WORDS} from './words.js';

interface Item {
  key: string;
  /** What to show as the item's name: the URL, or the attachment's file name (text, never markup). */
  label: string;
  source: PdfSource;
  report: Report | null | 'failed';
}

type State = {step: 'idle'} | {step: 'reading'} | {step: 'done'; items: Item[]; truncated: boolean} | {step: 'failed'; message: string};

/**
 * A PDF CV open in the tab (surfaces.md §2.5: no content script reaches the browser's PDF viewer):
 * on the user's click the popup fetches the PDF, reads its links, text and attachments with
 * pdf.js (loaded only now), and has the background verify what it found. Results stay in the popup.
 */
export function PdfPanel({lang, tabId}: {lang: Lang; tabId: Promise<number>}) {
  const words = PDF_WORDS[lang];
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [state, setState] = useState<State>({step: 'idle'});
  useEffect(() => {
    void tabId.then(id => id > 0 ? browser.tabs.get(id) : null).then(tab => setPdfUrl(pdfUrlOf(tab?.url))).catch(() => setPdfUrl(null));
  }, [tabId]);
  if(!pdfUrl) {
    return null;
  }

  const run = async() => {
    setState({step: 'reading'});
    let findings;
    try {
      const bytes = await fetchPdf(pdfUrl);
      const {browserPdfJs} = await import('./load-pdfjs.js');
      findings = await extractPdf(bytes, browserPdfJs);
    } catch(error) {
      const problem = error instanceof PdfFetchError ? error.problem : null;
      setState({step: 'failed', message: problem === 'not-pdf' ? words.notPdf : problem === 'too-large' ? words.tooLarge : words.failed});
      return;
    }
    const found = [
      ...findings.urls.map(({url, source}) => ({item: {key: url, label: url, source, report: null}, input: url})),
      ...findings.documents.map(({name, input}, i) => ({item: {key: `attachment ${i}`, label: name, source: 'attachment' as const, report: null}, input})),
    ];
    setState({step: 'done', items: found.map(({item}) => item), truncated: findings.truncated});
    await Promise.all(found.map(async({item: {key}, input}) => {
      const report = await send({type: 'check', input, lang}).catch(() => 'failed' as const);
      setState(current => current.step !== 'done' ? current :
        {...current, items: current.items.map(item => item.key === key ? {...item, report} : item)});
    }));
  };

  return (
    <section class="pdf" aria-live="polite">
      <p>
        <button class="submit" type="button" disabled={state.step === 'reading'} onClick={() => void run()}>{words.check}</button>
        {state.step === 'reading' && <span class="muted" role="status"> {words.reading}</span>}
        {state.step === 'failed' && <span class="muted" role="status"> {state.message}</span>}
        {state.step === 'done' && <span class="muted" role="status"> {state.items.length ? words.found(state.items.length) : words.none}</span>}
      </p>
      {state.step === 'done' && state.truncated && <p class="muted">{words.truncated}</p>}
      {state.step === 'done' && state.items.length > 0 && (
        <ul class="results">
          {state.items.map(({key, label, source, report}) => (
            <li key={key} data-pdf-source={source} data-credential-url={source === 'attachment' ? undefined : label}
              data-credential-verdict={report === 'failed' ? 'unverifiable' : report?.verdict ?? 'pending'}>
              {report === null ? <PendingBadge lang={lang}/> : report === 'failed' ? <PendingBadge lang={lang} text={WORDS[lang].notChecked}/> :
                <VerifyView report={report} layout="badge" lang={lang}/>}
              <span class="url">{words[source]}: {label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
