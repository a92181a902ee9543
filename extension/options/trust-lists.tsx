import {useState} from 'preact/hooks';
import type {TrustList} from '../../shared/index.js';
import {BUILTIN_TRUST_LISTS} from '../../shared/trust/builtin.js';
import {expired} from '../../shared/trust/record.js';
import {MAX_TRUST_LISTS, toSiteOrigin, type AddedTrustList} from '../settings.js';
import type {SectionProps} from './app.js';
import {checkTrustListText, MAX_TRUST_LIST_BYTES, type TrustListProblem} from './trust-list.js';
import {OPTIONS_WORDS} from './words.js';

/** Record provenance shown per list: enough to see where a recognition comes from, not a dump of 5,000 entries. */
const SHOWN_RECORDS = 200;

type Message = {kind: 'status' | 'alert'; text: string} | null;

/**
 * The trust lists: the built-in ones with their provenance, the user's own (with where each came
 * from and a remove button), and adding one from an https address or a file. Every string from a
 * list is rendered as text.
 */
export function TrustLists({api, lang, settings, save}: SectionProps) {
  const words = OPTIONS_WORDS[lang];
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const add = async(entry: Omit<AddedTrustList, 'addedAt'>): Promise<void> => {
    const problem = duplicateOrFull(settings.trustLists, entry);
    if(problem) {
      setMessage({kind: 'alert', text: words.problem(problem)});
      return;
    }
    try {
      await save({trustLists: [...settings.trustLists, {...entry, addedAt: api.now().toISOString()}]});
    } catch {
      setMessage({kind: 'alert', text: words.problem({code: 'not_saved'})}); // the browser's storage quota for the extension
      return;
    }
    setMessage({kind: 'status', text: words.listAdded(entry.list.name)});
  };
  const fail = (problem: TrustListProblem) => setMessage({kind: 'alert', text: words.problem(problem)});

  const addFromAddress = async(event: Event) => {
    event.preventDefault();
    const url = address.trim();
    if(!/^https:\/\//i.test(url) || !toSiteOrigin(url)) {
      setMessage({kind: 'alert', text: words.download('invalid_url')});
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const downloaded = await api.download(url);
      if(!downloaded.ok) {
        setMessage({kind: 'alert', text: words.download(downloaded.problem)});
        return;
      }
      const checked = checkTrustListText(downloaded.text, new URL(url).hostname);
      if(!checked.ok) {
        fail(checked.problem);
        return;
      }
      await add({source: 'url', url, name: checked.list.name, publisher: checked.list.publisher, list: checked.list});
      setAddress('');
    } catch {
      setMessage({kind: 'alert', text: words.download('network_error')});
    } finally {
      setBusy(false);
    }
  };

  const addFromFile = async(event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if(!file) {
      return;
    }
    setMessage(null);
    try {
      if(file.size > MAX_TRUST_LIST_BYTES) {
        fail({code: 'too_large'});
        return;
      }
      const checked = checkTrustListText(await file.text(), file.name);
      if(!checked.ok) {
        fail(checked.problem);
        return;
      }
      await add({source: 'file', name: file.name.slice(0, 300), publisher: checked.list.publisher, list: checked.list});
    } catch {
      fail({code: 'not_json'});
    } finally {
      input.value = '';
    }
  };

  const remove = (index: number) => void save({trustLists: settings.trustLists.filter((_, i) => i !== index)});

  return (
    <>
      <p>{words.trustIntro}</p>
      <h3>{words.builtIn}</h3>
      <ul class="lists">
        {BUILTIN_TRUST_LISTS.map(list => <li key={list.name}><ListView list={list} {...{api, lang}}/></li>)}
      </ul>
      <h3>{words.added}</h3>
      {settings.trustLists.length === 0 ? <p class="help">{words.noneAdded}</p> : (
        <ul class="lists">
          {settings.trustLists.map((entry, index) => (
            <li key={`${entry.addedAt} ${entry.name}`}>
              <ListView list={entry.list} entry={entry} {...{api, lang}}/>
              <button type="button" aria-label={words.removeList(entry.list.name)} onClick={() => remove(index)}>{words.remove}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="field" onSubmit={event => void addFromAddress(event)}>
        <label for="trust-url">{words.addUrlLabel}</label>
        <span class="row">
          <input id="trust-url" type="url" inputMode="url" autoComplete="off" spellcheck={false} value={address}
            onInput={event => setAddress((event.currentTarget as HTMLInputElement).value)}/>
          <button type="submit" disabled={busy}>{busy ? words.adding : words.addUrl}</button>
        </span>
      </form>
      <p class="field">
        <label for="trust-file">{words.addFileLabel}</label>
        <input id="trust-file" type="file" accept=".json,application/json" onChange={event => void addFromFile(event)}/>
      </p>
      <p class="help">{words.formats}</p>
      {/* Both live regions are in the page from the start, so screen readers announce what lands in them. */}
      <p class="message" role="status">{message?.kind === 'status' ? message.text : ''}</p>
      <p class="message error" role="alert">{message?.kind === 'alert' ? message.text : ''}</p>
    </>
  );
}

function duplicateOrFull(lists: readonly AddedTrustList[], entry: Omit<AddedTrustList, 'addedAt'>): TrustListProblem | null {
  const same = lists.some(other => (entry.url !== undefined && other.url === entry.url) ||
    (other.list.name === entry.list.name && other.list.publisher === entry.list.publisher && other.list.version === entry.list.version));
  if(same) {
    return {code: 'duplicate'};
  }
  return lists.length >= MAX_TRUST_LISTS ? {code: 'too_many_lists'} : null;
}

/** One list: name, publisher, version, end date, size, where it came from, and each entry's provenance. */
function ListView({list, entry, api, lang}: {list: TrustList; entry?: AddedTrustList} & Pick<SectionProps, 'api' | 'lang'>) {
  const words = OPTIONS_WORDS[lang];
  const ended = expired(list.validUntil, api.now());
  return (
    <article class="list">
      <h4>{list.name}</h4>
      <dl>
        <dt>{words.publisher}</dt><dd>{list.publisher || '—'}</dd>
        <dt>{words.version}</dt><dd>{list.version || '—'}</dd>
        <dt>{words.validUntil}</dt><dd>{list.validUntil ?? words.noEnd}{ended && <strong> ({words.ended})</strong>}</dd>
        {entry && <><dt>{words.from}</dt><dd>{entry.url ?? entry.name} · {words.addedOn(entry.addedAt.slice(0, 10))}</dd></>}
      </dl>
      <details>
        <summary>{words.provenance} ({words.records(list.records.length)})</summary>
        <ul class="records">
          {list.records.slice(0, SHOWN_RECORDS).map((record, index) => (
            <li key={index}>
              {record.organisation?.legalName ?? record.subject.dids?.[0] ?? record.subject.origins?.[0] ?? '—'}
              {record.provenance && <span class="help"> — {[
                record.provenance.source,
                record.provenance.fetchedAt && words.read(record.provenance.fetchedAt),
                record.provenance.signatureVerified ? words.signed : words.notSigned,
                record.provenance.note,
              ].filter(Boolean).join(' · ')}</span>}
            </li>
          ))}
          {list.records.length > SHOWN_RECORDS && <li>…</li>}
        </ul>
      </details>
    </article>
  );
}
