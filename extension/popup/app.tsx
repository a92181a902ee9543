import {useEffect, useState} from 'preact/hooks';
import {browser} from 'wxt/browser';
import type {Lang, Report} from '../../shared/index.js';
import {PendingBadge} from '../../shared/ui/pending-badge.js';
import {VerifyView} from '../../shared/ui/verify-view.js';
import {hostPatternOf, requestHostAccess, type PermissionsApi} from '../permissions.js';
import {PdfPanel} from '../pdf/pdf-panel.js';
import {send, type TabResult} from '../protocol.js';
import {WORDS} from '../words.js';

/** The popup: what the current tab's page linked to, with verdicts, and a box to check one credential. */
export function App({lang, tabId}: {lang: Lang; tabId: Promise<number>}) {
  const words = WORDS[lang];
  return (
    <div class="root" lang={lang}>
      <h1>{words.popupTitle}</h1>
      <button class="settings" type="button" onClick={() => void browser.runtime.openOptionsPage()}>{words.settings}</button>
      <ScanPage lang={lang} tabId={tabId}/>
      <PdfPanel lang={lang} tabId={tabId}/>
      <TabResults lang={lang} tabId={tabId}/>
      <h2>{words.checkTitle}</h2>
      <CheckBox lang={lang}/>
    </div>
  );
}

/** Any page (a CV): inject the on-demand scan into the tab, which activeTab allows after this click. */
function ScanPage({lang, tabId}: {lang: Lang; tabId: Promise<number>}) {
  const words = WORDS[lang];
  const [message, setMessage] = useState('');
  const scan = async() => {
    try {
      const [result] = await browser.scripting.executeScript({target: {tabId: await tabId}, files: ['/content-scripts/cv.js']});
      setMessage(words.scanFound(typeof result?.result === 'number' ? result.result : 0));
    } catch {
      setMessage(words.scanFailed);
    }
  };
  return (
    <p>
      <button class="submit scan" type="button" onClick={() => void scan()}>{words.scanPage}</button>
      {message && <span class="muted" role="status"> {message}</span>}
    </p>
  );
}

function TabResults({lang, tabId}: {lang: Lang; tabId: Promise<number>}) {
  const [results, setResults] = useState<TabResult[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void tabId.then(id => send({type: 'tab-results', tabId: id, lang})).then(list => live && setResults(list));
    load();
    // Reports land in storage as the background finishes them: listen, don't poll.
    browser.storage.onChanged.addListener(load);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(load);
    };
  }, [tabId, lang]);
  if(!results) {
    return null;
  }
  if(results.length === 0) {
    return <p class="muted">{WORDS[lang].none}</p>;
  }
  return (
    <ul class="results">
      {results.map(({url, report}) => (
        <li key={url} data-credential-url={url} data-credential-verdict={report?.verdict ?? 'pending'}>
          {report ? <VerifyView report={report} layout="badge" lang={lang}/> : <PendingBadge lang={lang}/>}
          <span class="url">{url}</span>
        </li>
      ))}
    </ul>
  );
}

function CheckBox({lang}: {lang: Lang}) {
  const words = WORDS[lang];
  const [input, setInput] = useState('');
  const [state, setState] = useState<{report?: Report; busy?: boolean; failed?: boolean; refusedHost?: string}>({});
  const submit = async(event: Event) => {
    event.preventDefault();
    if(!input.trim()) {
      return;
    }
    // Host access for a URL on a host we hold none for is asked now, in the user's click, before
    // anything is awaited (permissions.ts). A private address is never asked about.
    const access = requestHostAccess(browser.permissions as unknown as PermissionsApi, input);
    setState({busy: true});
    const refusedHost = (await access) === 'refused' ? hostPatternOf(input)?.slice('https://'.length, -2) : undefined;
    try {
      setState({report: await send({type: 'check', input, lang}), refusedHost});
    } catch {
      setState({failed: true});
    }
  };
  return (
    <>
      <form onSubmit={submit}>
        <label for="credential-input">{words.checkLabel}</label>
        <textarea id="credential-input" value={input} onInput={event => setInput((event.target as HTMLTextAreaElement).value)}/>
        <button class="submit" type="submit" disabled={state.busy}>{state.busy ? words.checking : words.checkButton}</button>
      </form>
      <div class="check-result" aria-live="polite">
        {state.refusedHost && <p class="muted refused">{words.hostRefused(state.refusedHost)}</p>}
        {state.report && <VerifyView report={state.report} layout="card" lang={lang}/>}
        {state.failed && <p>{words.failed}</p>}
      </div>
    </>
  );
}
