import type {Lang} from '../../shared/index.js';
import {OPTIONS_WORDS} from './words.js';

/** The plain privacy statement: what is fetched, that nothing is sent elsewhere, what is kept and for how long. */
export function Privacy({lang}: {lang: Lang}) {
  return <>{OPTIONS_WORDS[lang].privacy.map(paragraph => <p key={paragraph}>{paragraph}</p>)}</>;
}
