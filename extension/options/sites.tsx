import {useState} from 'preact/hooks';
import {MAX_ALLOWED_SITES, originPattern, toSiteOrigin} from '../settings.js';
import type {SectionProps} from './app.js';
import {OPTIONS_WORDS} from './words.js';

type Message = {kind: 'status' | 'alert'; text: string} | null;

/** LinkedIn has its own content script; scanning it as a CV page would annotate its entries twice. */
const LINKEDIN = /(^|\.)linkedin\.com$/;

/**
 * Sites checked automatically. Adding one asks the browser for access to that origin, at the
 * click (the browser shows its own prompt); only a granted site is stored, and the background
 * then registers the any-page scan for it. Removing one gives the access back.
 */
export function AllowedSites({api, lang, settings, save}: SectionProps) {
  const words = OPTIONS_WORDS[lang];
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<Message>(null);

  const add = async(event: Event) => {
    event.preventDefault();
    const origin = toSiteOrigin(site);
    if(!origin) {
      setMessage({kind: 'alert', text: words.siteInvalid});
      return;
    }
    if(LINKEDIN.test(new URL(origin).hostname)) {
      setMessage({kind: 'alert', text: words.siteLinkedIn});
      return;
    }
    if(!settings.allowedSites.includes(origin) && settings.allowedSites.length >= MAX_ALLOWED_SITES) {
      setMessage({kind: 'alert', text: words.siteTooMany});
      return;
    }
    // Asked before anything is awaited: the browser accepts the request only during the click.
    const granted = await api.permissions.request({origins: [originPattern(origin)]}).catch(() => false);
    if(!granted) {
      setMessage({kind: 'alert', text: words.siteRefused});
      return;
    }
    if(!settings.allowedSites.includes(origin)) {
      await save({allowedSites: [...settings.allowedSites, origin]});
    }
    setSite('');
    setMessage({kind: 'status', text: words.siteAdded(origin)});
  };

  const remove = async(origin: string) => {
    await save({allowedSites: settings.allowedSites.filter(other => other !== origin)});
    // A host the manifest itself lists cannot be removed (the browser refuses): nothing else to do then.
    await api.permissions.remove({origins: [originPattern(origin)]}).catch(() => false);
  };

  return (
    <>
      <p>{words.sitesIntro}</p>
      {settings.allowedSites.length === 0 ? <p class="help">{words.noSites}</p> : (
        <ul class="sites">
          {settings.allowedSites.map(origin => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" aria-label={words.removeSite(origin)} onClick={() => void remove(origin)}>{words.remove}</button>
            </li>
          ))}
        </ul>
      )}
      <form class="field" onSubmit={event => void add(event)}>
        <label for="site">{words.siteLabel}</label>
        <span class="row">
          <input id="site" type="text" inputMode="url" autoComplete="off" spellcheck={false} value={site}
            onInput={event => setSite((event.currentTarget as HTMLInputElement).value)}/>
          <button type="submit">{words.addSite}</button>
        </span>
      </form>
      {/* Both live regions are in the page from the start, so screen readers announce what lands in them. */}
      <p class="message" role="status">{message?.kind === 'status' ? message.text : ''}</p>
      <p class="message error" role="alert">{message?.kind === 'alert' ? message.text : ''}</p>
    </>
  );
}
