import type {Lang} from '../shared/index.js';

/**
 * The extension's own words (the shared components word verdicts, checks and cards). Not in
 * _locales: `browser.i18n` always speaks the browser's UI language, and the language chosen on
 * the options page must win over it. _locales holds only what the browser itself shows (name,
 * description, toolbar title, context menu, options page title). The options page's words are in
 * options/words.ts.
 */
const EN = {
  notChecked: 'Could not be checked',
  popupTitle: 'Credentials on this page',
  none: 'No credential links found on this page.',
  pending: 'Checking…',
  checkTitle: 'Check a credential',
  checkLabel: 'Credential URL or JSON',
  checkButton: 'Check',
  checking: 'Checking…',
  failed: 'The check could not be completed.',
  scanPage: 'Check credentials on this page',
  scanFound: (count: number) => count === 1 ? '1 credential found on this page.' : `${count} credentials found on this page.`,
  scanFailed: 'This page cannot be checked.',
  settings: 'Settings',
  hostRefused: (host: string) => `Access to ${host} was not allowed, so it could only be read as far as that site permits; what could not be read is shown as not checked.`,
  // What the LinkedIn entry claims against what the credential says; {profile} and {credential}
  // are filled in as isolated text (they can carry bidi controls).
  claimTitle: 'The profile says “{profile}”, the credential is called “{credential}”.',
  claimIssuer: 'The profile says issued by {profile}, the credential by {credential}.',
  claimDate: 'The profile says {profile}, the credential says {credential}.',
};

const NL: typeof EN = {
  notChecked: 'Kon niet worden gecontroleerd',
  popupTitle: 'Certificaten op deze pagina',
  none: 'Geen links naar certificaten gevonden op deze pagina.',
  pending: 'Controleren…',
  checkTitle: 'Een certificaat controleren',
  checkLabel: 'URL of JSON van het certificaat',
  checkButton: 'Controleren',
  checking: 'Bezig met controleren…',
  failed: 'De controle kon niet worden afgerond.',
  scanPage: 'Certificaten op deze pagina controleren',
  scanFound: count => count === 1 ? '1 certificaat gevonden op deze pagina.' : `${count} certificaten gevonden op deze pagina.`,
  scanFailed: 'Deze pagina kan niet worden gecontroleerd.',
  settings: 'Instellingen',
  hostRefused: host => `Toegang tot ${host} is niet toegestaan, dus kon het alleen worden gelezen voor zover die site dat toelaat; wat niet gelezen kon worden, staat als niet gecontroleerd.`,
  claimTitle: 'Op het profiel staat „{profile}”, het certificaat heet „{credential}”.',
  claimIssuer: 'Op het profiel staat uitgegeven door {profile}, in het certificaat door {credential}.',
  claimDate: 'Op het profiel staat {profile}, in het certificaat {credential}.',
};

export const WORDS: Record<Lang, typeof EN> = {en: EN, nl: NL};

/** Dutch for a Dutch page or browser, English otherwise. */
export const toLang = (tag: string | null | undefined): Lang => tag?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
