import type {Lang} from '../shared/index.js';
import {WORDS} from './words.js';

interface Props {
  lang: Lang;
  onLang: (lang: Lang) => void;
  current: 'institution' | 'preview';
}

/** Navigation between the two demo pages, and the language switch (it sets <html lang>, which the elements follow). */
export function PageHeader({lang, onLang, current}: Props) {
  const words = WORDS[lang];
  const pages = [['institution', './index.html'], ['preview', './preview.html']] as const;
  return (
    <header class="page">
      <nav aria-label={lang === 'nl' ? 'Demo' : 'Demo'}>
        {pages.map(([page, href]) => (
          <a key={page} href={`${href}?lang=${lang}`} aria-current={page === current ? 'page' : undefined}>{words.nav[page]}</a>
        ))}
      </nav>
      <fieldset class="lang">
        <legend>{words.language}</legend>
        {(['nl', 'en'] as const).map(option => (
          <label key={option}>
            <input type="radio" name="lang" value={option} checked={lang === option} onChange={() => onLang(option)}/>
            {option === 'nl' ? 'Nederlands' : 'English'}
          </label>
        ))}
      </fieldset>
    </header>
  );
}

/** Apply a language to the page: <html lang> (the elements follow it), the title and the address. */
export function applyLang(lang: Lang, title: string): void {
  document.documentElement.lang = lang;
  document.title = title;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}
