import {useEffect, useState} from 'preact/hooks';
import type {Lang} from '../../shared/index.js';
import type {TrustListDownload} from '../background/fetch-trust-list.js';
import type {PermissionsApi} from '../permissions.js';
import {readSettings, resolveLang, watchSettings, writeSettings, type Settings, type SettingsStorage} from '../settings.js';
import {Privacy} from './privacy.js';
import {AllowedSites} from './sites.js';
import {TrustLists} from './trust-lists.js';
import {OPTIONS_WORDS} from './words.js';

/** What the options page needs from the browser and the background (tests hand in fakes). */
export interface OptionsApi {
  storage: SettingsStorage;
  permissions: PermissionsApi;
  /** Asks the background to fetch a trust list (the core's network rules apply there). */
  download(url: string): Promise<TrustListDownload>;
  /** `browser.i18n.getUILanguage()`: what "same as the browser" means. */
  uiLanguage: string;
  now(): Date;
}

export interface SectionProps {
  api: OptionsApi;
  lang: Lang;
  settings: Settings;
  save(patch: Partial<Settings>): Promise<void>;
}

/**
 * The options page: language, LinkedIn annotation, trust lists, sites checked automatically and
 * the privacy statement. It shows what is stored, and follows changes made elsewhere (another
 * options tab) through storage events; every change is saved at once, no "save" button.
 */
export function App({api}: {api: OptionsApi}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings(api.storage.local).then(stored => live && setSettings(current => current ?? stored));
    const stop = watchSettings(api.storage, ['lang', 'annotateLinkedIn', 'trustLists', 'allowedSites'], changed =>
      setSettings(current => current ? {...current, ...changed} : current));
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  const lang = resolveLang(settings?.lang ?? 'auto', api.uiLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = OPTIONS_WORDS[lang].title;
  }, [lang]);
  if(!settings) {
    return null;
  }
  const words = OPTIONS_WORDS[lang];
  // The page shows what storage holds: our own writes come back through the watcher like any other.
  const save = (patch: Partial<Settings>) => writeSettings(api.storage.local, patch);
  const props: SectionProps = {api, lang, settings, save};
  return (
    <main lang={lang}>
      <h1>{words.title}</h1>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{words.languageTitle}</h2>
        <Language {...props}/>
      </section>
      <section aria-labelledby="annotate-title">
        <h2 id="annotate-title">{words.annotateTitle}</h2>
        <AnnotateLinkedIn {...props}/>
      </section>
      <section aria-labelledby="trust-title">
        <h2 id="trust-title">{words.trustTitle}</h2>
        <TrustLists {...props}/>
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{words.sitesTitle}</h2>
        <AllowedSites {...props}/>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{words.privacyTitle}</h2>
        <Privacy lang={lang}/>
      </section>
    </main>
  );
}

function Language({lang, settings, save}: SectionProps) {
  const words = OPTIONS_WORDS[lang];
  return (
    <p class="field">
      <label for="language">{words.languageLabel}</label>
      <select id="language" value={settings.lang}
        onChange={event => void save({lang: (event.currentTarget as HTMLSelectElement).value as Settings['lang']})}>
        <option value="auto">{words.languageAuto}</option>
        <option value="en" lang="en">{words.english}</option>
        <option value="nl" lang="nl">{words.dutch}</option>
      </select>
    </p>
  );
}

function AnnotateLinkedIn({lang, settings, save}: SectionProps) {
  const words = OPTIONS_WORDS[lang];
  return (
    <>
      <p class="switch">
        <input id="annotate" type="checkbox" role="switch" aria-describedby="annotate-help" checked={settings.annotateLinkedIn}
          onChange={event => void save({annotateLinkedIn: (event.currentTarget as HTMLInputElement).checked})}/>
        <label for="annotate">{words.annotateLabel}</label>
      </p>
      <p id="annotate-help" class="help">{words.annotateHelp}</p>
    </>
  );
}
