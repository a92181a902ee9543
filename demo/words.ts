import type {Lang} from '../shared/index.js';

/** The demo page's own words; everything about a credential comes from the core already worded. */
export const WORDS = {
  en: {
    title: 'Microcredential verifier',
    intro: 'Six sample credentials, checked in your browser just now. Nothing is sent anywhere: the one status list the samples need is bundled with the page.',
    samples: 'Sample credentials',
    paste: 'Check a credential',
    pasteHint: 'Paste a credential (JSON, or a compact JWT) and press Check. Only what the credential itself names is fetched.',
    pastePlaceholder: '{"@context": …}',
    check: 'Check',
    language: 'Language',
    pasted: 'Pasted credential',
    failed: 'The check stopped unexpectedly',
  },
  nl: {
    title: 'Microcredential-controle',
    intro: 'Zes voorbeeldcertificaten, zojuist in je browser gecontroleerd. Er wordt niets verstuurd: de ene statuslijst die de voorbeelden nodig hebben zit in de pagina.',
    samples: 'Voorbeeldcertificaten',
    paste: 'Controleer een certificaat',
    pasteHint: 'Plak een certificaat (JSON, of een compacte JWT) en kies Controleer. Alleen wat het certificaat zelf noemt wordt opgehaald.',
    pastePlaceholder: '{"@context": …}',
    check: 'Controleer',
    language: 'Taal',
    pasted: 'Geplakt certificaat',
    failed: 'De controle stopte onverwacht',
  },
} satisfies Record<Lang, Record<string, string>>;

/** `?lang=nl` first, then the browser's preferred languages; English otherwise. */
export function initialLang(search: string, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if(asked === 'en' || asked === 'nl') {
    return asked;
  }
  return languages[0]?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
