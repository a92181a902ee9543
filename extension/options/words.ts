import type {Lang} from '../../shared/index.js';
import type {TrustListDownload} from '../background/fetch-trust-list.js';
import {CACHE_TTL_MS} from '../background/cache.js';
import type {TrustListProblem} from './trust-list.js';

type DownloadProblem = Extract<TrustListDownload, {ok: false}>['problem'];

const HOURS = CACHE_TTL_MS / 3_600_000;

/**
 * The options page's words, nl/en (not in _locales, for the reason given in ../words.ts: the
 * language chosen here must win over the browser's). Credential and list strings are never part
 * of these templates' markup: the components render them as text.
 */
const EN = {
  title: 'Microcredential verifier settings',
  saved: 'Saved.',
  languageTitle: 'Language',
  languageLabel: 'Language of the extension',
  languageAuto: 'Same as the browser',
  english: 'English',
  dutch: 'Nederlands (Dutch)',
  annotateTitle: 'LinkedIn',
  annotateLabel: 'Annotate LinkedIn profiles',
  annotateHelp: 'When off, nothing is added to LinkedIn pages; the credentials on a profile are still checked and listed in the toolbar popup.',
  trustTitle: 'Trust lists',
  trustIntro: 'An issuer is shown as recognised when a trust list names it. The built-in list is always used; lists you add are used next to it.',
  builtIn: 'Built in',
  added: 'Added by you',
  noneAdded: 'You have not added a trust list.',
  publisher: 'Publisher',
  version: 'Version',
  validUntil: 'Valid until',
  noEnd: 'no end date',
  ended: 'ended: its issuers no longer count as recognised',
  records: (count: number) => count === 1 ? '1 entry' : `${count} entries`,
  provenance: 'Where the entries come from',
  notSigned: 'not signed',
  signed: 'signature checked',
  read: (date: string) => `read ${date}`,
  from: 'From',
  addedOn: (date: string) => `added ${date}`,
  remove: 'Remove',
  removeList: (name: string) => `Remove the trust list ${name}`,
  addUrlLabel: 'Add a trust list from a web address (https)',
  addUrl: 'Add from address',
  addFileLabel: 'Add a trust list from a file (JSON, at most 1 MB)',
  adding: 'Adding…',
  listAdded: (name: string) => `Trust list “${name}” added.`,
  formats: 'Accepted: a trust list file as described in the documentation, a Digital Credentials Consortium registry, EBSI trusted-issuer records, or RIO recognitions.',
  sitesTitle: 'Sites checked automatically',
  sitesIntro: 'On other sites nothing happens until you ask (the toolbar button, or “Check credentials on this page” in the page’s context menu). On the sites listed here, credential links are checked as soon as a page opens. Adding a site asks your browser for access to it.',
  noSites: 'No sites yet.',
  siteLabel: 'Site address, for example cv.example.org',
  addSite: 'Add site',
  removeSite: (site: string) => `Remove ${site}`,
  siteAdded: (site: string) => `${site} is now checked automatically.`,
  siteInvalid: 'Only https sites on the public internet can be added (no local or private addresses).',
  siteLinkedIn: 'LinkedIn is always checked; switch its annotations on or off above.',
  siteRefused: 'Your browser did not give access to this site, so it was not added.',
  siteTooMany: 'That is the most sites that can be added; remove one first.',
  privacyTitle: 'Privacy',
  privacy: [
    'Verification happens in your browser. The extension fetches only what a check needs: the credential from the address a page links to, the issuer’s keys and DID documents, revocation and status lists, and the trust lists you add here. Those requests go to the issuers and platforms themselves.',
    'Nothing is sent anywhere else: no account, no analytics, no telemetry, no copy of the pages you visit. On LinkedIn only the addresses of credentials are read, never the profile’s text.',
    `Stored in your browser: these settings and the trust lists you add (until you remove them), and each verification result for ${HOURS} hour${HOURS === 1 ? '' : 's'} (forgotten when the browser closes). Removing the extension removes all of it.`,
  ],
  problem: (problem: TrustListProblem): string => {
    switch(problem.code) {
      case 'too_large': return 'The file is larger than 1 MB; a trust list is much smaller.';
      case 'not_json': return 'This is not a JSON file.';
      case 'not_a_list': return 'This JSON is not a trust list in any of the accepted forms.';
      case 'bad_field': return `The list’s “${problem.field}” is missing or not of the right kind.`;
      case 'too_many_records': return 'The list has more than 5,000 entries.';
      case 'bad_record': return `Entry ${problem.index} of the list is not a valid entry (it needs a “subject” object).`;
      case 'duplicate': return 'This list has already been added.';
      case 'too_many_lists': return 'That is the most trust lists that can be added; remove one first.';
      case 'not_saved': return 'The list could not be saved: the browser’s storage for the extension is full. Remove a list first.';
    }
  },
  download: (problem: DownloadProblem | 'invalid_url'): string => {
    switch(problem) {
      case 'invalid_url': return 'Enter an https address on the public internet.';
      case 'private_network_blocked': return 'That address is local or private; the extension never fetches from such addresses.';
      case 'not_found': return 'Nothing was found at that address.';
      case 'timeout': return 'The site did not answer in time.';
      case 'too_large': return 'What that address returned is larger than 1 MB; a trust list is much smaller.';
      case 'network_error': return 'The list could not be fetched from that address (the site may not allow it, or it is not reachable).';
    }
  },
};

const NL: typeof EN = {
  title: 'Instellingen van Microcredential-controle',
  saved: 'Opgeslagen.',
  languageTitle: 'Taal',
  languageLabel: 'Taal van de extensie',
  languageAuto: 'Dezelfde als de browser',
  english: 'English (Engels)',
  dutch: 'Nederlands',
  annotateTitle: 'LinkedIn',
  annotateLabel: 'LinkedIn-profielen van aantekeningen voorzien',
  annotateHelp: 'Uit: er wordt niets aan LinkedIn-pagina’s toegevoegd; de certificaten op een profiel worden wel gecontroleerd en staan in de pop-up van de werkbalkknop.',
  trustTitle: 'Vertrouwenslijsten',
  trustIntro: 'Een uitgever heet erkend als een vertrouwenslijst hem noemt. De ingebouwde lijst wordt altijd gebruikt; lijsten die je toevoegt komen daarbij.',
  builtIn: 'Ingebouwd',
  added: 'Door jou toegevoegd',
  noneAdded: 'Je hebt geen vertrouwenslijst toegevoegd.',
  publisher: 'Uitgever',
  version: 'Versie',
  validUntil: 'Geldig tot',
  noEnd: 'geen einddatum',
  ended: 'verlopen: de uitgevers erop tellen niet meer als erkend',
  records: count => count === 1 ? '1 vermelding' : `${count} vermeldingen`,
  provenance: 'Waar de vermeldingen vandaan komen',
  notSigned: 'niet ondertekend',
  signed: 'handtekening gecontroleerd',
  read: date => `gelezen ${date}`,
  from: 'Van',
  addedOn: date => `toegevoegd ${date}`,
  remove: 'Verwijderen',
  removeList: name => `De vertrouwenslijst ${name} verwijderen`,
  addUrlLabel: 'Een vertrouwenslijst toevoegen van een webadres (https)',
  addUrl: 'Toevoegen van adres',
  addFileLabel: 'Een vertrouwenslijst toevoegen uit een bestand (JSON, hoogstens 1 MB)',
  adding: 'Bezig met toevoegen…',
  listAdded: name => `Vertrouwenslijst „${name}” toegevoegd.`,
  formats: 'Geaccepteerd: een vertrouwenslijst zoals beschreven in de documentatie, een register van het Digital Credentials Consortium, EBSI-registraties van vertrouwde uitgevers, of RIO-erkenningen.',
  sitesTitle: 'Automatisch gecontroleerde sites',
  sitesIntro: 'Op andere sites gebeurt niets tot je erom vraagt (de werkbalkknop, of „Certificaten op deze pagina controleren” in het contextmenu van de pagina). Op de sites hieronder worden links naar certificaten gecontroleerd zodra een pagina opent. Bij het toevoegen vraagt je browser of de extensie die site mag lezen.',
  noSites: 'Nog geen sites.',
  siteLabel: 'Adres van de site, bijvoorbeeld cv.example.org',
  addSite: 'Site toevoegen',
  removeSite: site => `${site} verwijderen`,
  siteAdded: site => `${site} wordt nu automatisch gecontroleerd.`,
  siteInvalid: 'Alleen https-sites op het openbare internet kunnen worden toegevoegd (geen lokale of privéadressen).',
  siteLinkedIn: 'LinkedIn wordt altijd gecontroleerd; zet de aantekeningen daar hierboven aan of uit.',
  siteRefused: 'Je browser gaf geen toegang tot deze site, dus is hij niet toegevoegd.',
  siteTooMany: 'Meer sites kunnen er niet bij; verwijder er eerst een.',
  privacyTitle: 'Privacy',
  privacy: [
    'De controle gebeurt in je browser. De extensie haalt alleen op wat een controle nodig heeft: het certificaat van het adres waar een pagina naar linkt, de sleutels en DID-documenten van de uitgever, intrekkings- en statuslijsten, en de vertrouwenslijsten die je hier toevoegt. Die verzoeken gaan naar de uitgevers en platforms zelf.',
    'Er wordt niets ergens anders heen gestuurd: geen account, geen analytics, geen telemetrie, geen kopie van de pagina’s die je bezoekt. Op LinkedIn worden alleen de adressen van certificaten gelezen, nooit de tekst van het profiel.',
    `Opgeslagen in je browser: deze instellingen en de vertrouwenslijsten die je toevoegt (tot je ze verwijdert), en elk controleresultaat ${HOURS} uur lang (vergeten zodra de browser sluit). Wie de extensie verwijdert, verwijdert dat allemaal.`,
  ],
  problem: problem => {
    switch(problem.code) {
      case 'too_large': return 'Het bestand is groter dan 1 MB; een vertrouwenslijst is veel kleiner.';
      case 'not_json': return 'Dit is geen JSON-bestand.';
      case 'not_a_list': return 'Deze JSON is in geen van de geaccepteerde vormen een vertrouwenslijst.';
      case 'bad_field': return `Het veld „${problem.field}” van de lijst ontbreekt of is niet van de goede soort.`;
      case 'too_many_records': return 'De lijst heeft meer dan 5.000 vermeldingen.';
      case 'bad_record': return `Vermelding ${problem.index} van de lijst is ongeldig (er hoort een „subject”-object in).`;
      case 'duplicate': return 'Deze lijst is al toegevoegd.';
      case 'too_many_lists': return 'Meer vertrouwenslijsten kunnen er niet bij; verwijder er eerst een.';
      case 'not_saved': return 'De lijst kon niet worden opgeslagen: de opslag van de browser voor de extensie is vol. Verwijder eerst een lijst.';
    }
  },
  download: problem => {
    switch(problem) {
      case 'invalid_url': return 'Vul een https-adres op het openbare internet in.';
      case 'private_network_blocked': return 'Dat adres is lokaal of privé; de extensie haalt nooit iets op van zulke adressen.';
      case 'not_found': return 'Op dat adres is niets gevonden.';
      case 'timeout': return 'De site antwoordde niet op tijd.';
      case 'too_large': return 'Wat dat adres teruggaf is groter dan 1 MB; een vertrouwenslijst is veel kleiner.';
      case 'network_error': return 'De lijst kon niet van dat adres worden gehaald (de site staat het misschien niet toe, of is niet bereikbaar).';
    }
  },
};

export const OPTIONS_WORDS: Record<Lang, typeof EN> = {en: EN, nl: NL};
