import type {Lang} from '../shared/index.js';

/** Why the command line refused to start (contract §1: exit 2, nothing verified). */
export type UsageProblem =
  | {code: 'unknown_option'; value: string}
  | {code: 'missing_value'; value: string}
  | {code: 'bad_lang'; value: string}
  | {code: 'bad_now'; value: string}
  | {code: 'no_input'}
  | {code: 'stdin_twice'}
  | {code: 'file_missing'; value: string}
  | {code: 'file_unreadable'; value: string; reason: string}
  | {code: 'not_a_file'; value: string}
  | {code: 'trust_invalid'; value: string; reason: string};

type Words = {
  problem: (problem: UsageProblem) => string;
  hint: string;
  usage: string;
  input: string;
  credential: string;
  issuer: string;
  noReport: (input: string) => string;
  crashed: (input: string, reason: string) => string;
};

const EN: Words = {
  problem: problem => {
    switch(problem.code) {
      case 'unknown_option': return `unknown option "${problem.value}"`;
      case 'missing_value': return `option "${problem.value}" needs a value`;
      case 'bad_lang': return `--lang must be "en" or "nl", not "${problem.value}"`;
      case 'bad_now': return `--now needs an ISO-8601 date or time such as 2026-11-23T12:00:00Z, not "${problem.value}"`;
      case 'no_input': return 'no input given: name a file, an https:// URL or - for standard input';
      case 'stdin_twice': return 'standard input ("-") can be read only once';
      case 'file_missing': return `file not found: ${problem.value}`;
      case 'file_unreadable': return `cannot read ${problem.value}: ${problem.reason}`;
      case 'not_a_file': return `not a file: ${problem.value}`;
      case 'trust_invalid': return `trust list ${problem.value} cannot be used: ${problem.reason}`;
    }
  },
  hint: 'Run "npm run verify -- --help" for the options.',
  usage: `Verify microcredentials (Open Badges 2.0/3.0, Verifiable Credentials).

Usage: npm run verify -- [options] <input> [<input> ...]

<input> is a file (.json, .jsonld, .jwt, .txt, .png, .svg), an https:// URL, or - for standard input.

Options:
  --json                     one JSON report per credential, one per line (JSON Lines)
  --lang en|nl               language of the messages (default from LANG)
  --now <ISO-8601>           judge validity and status at this instant
  --recipient <identifier>   check the recipient against this e-mail address or identifier
  --trust <file>             add a trust list file (repeatable)
  --offline                  no network at all; checks that need it report "unknown"
  --allow-private-network    allow requests to loopback and private addresses
  --help                     show this text

Exit status: 0 verified, 4 warning, 1 invalid, 3 unverifiable, 2 usage error;
with several inputs the worst of them.`,
  input: 'Input',
  credential: 'Credential',
  issuer: 'issued by',
  noReport: input => `${input}: no credential found`,
  crashed: (input, reason) => `${input}: verification stopped unexpectedly: ${reason}`,
};

const NL: Words = {
  problem: problem => {
    switch(problem.code) {
      case 'unknown_option': return `onbekende optie "${problem.value}"`;
      case 'missing_value': return `optie "${problem.value}" heeft een waarde nodig`;
      case 'bad_lang': return `--lang moet "en" of "nl" zijn, niet "${problem.value}"`;
      case 'bad_now': return `--now verwacht een ISO-8601-datum of -tijd zoals 2026-11-23T12:00:00Z, niet "${problem.value}"`;
      case 'no_input': return 'geen invoer: geef een bestand, een https://-URL of - voor standaardinvoer';
      case 'stdin_twice': return 'standaardinvoer ("-") kan maar één keer gelezen worden';
      case 'file_missing': return `bestand niet gevonden: ${problem.value}`;
      case 'file_unreadable': return `kan ${problem.value} niet lezen: ${problem.reason}`;
      case 'not_a_file': return `geen bestand: ${problem.value}`;
      case 'trust_invalid': return `vertrouwenslijst ${problem.value} is niet bruikbaar: ${problem.reason}`;
    }
  },
  hint: 'Zie "npm run verify -- --help" voor de opties.',
  usage: `Controleer microcredentials (Open Badges 2.0/3.0, Verifiable Credentials).

Gebruik: npm run verify -- [opties] <invoer> [<invoer> ...]

<invoer> is een bestand (.json, .jsonld, .jwt, .txt, .png, .svg), een https://-URL, of - voor standaardinvoer.

Opties:
  --json                       één JSON-rapport per certificaat, één per regel (JSON Lines)
  --lang en|nl                 taal van de meldingen (standaard volgens LANG)
  --now <ISO-8601>             beoordeel geldigheid en status op dit moment
  --recipient <identificatie>  controleer de ontvanger tegen dit e-mailadres of deze identificatie
  --trust <bestand>            voeg een vertrouwenslijst toe (mag vaker)
  --offline                    helemaal geen netwerk; controles die het nodig hebben melden "onbekend"
  --allow-private-network      sta verzoeken naar loopback- en privé-adressen toe
  --help                       toon deze tekst

Afsluitcode: 0 geverifieerd, 4 let op, 1 ongeldig, 3 niet te controleren, 2 gebruiksfout;
bij meerdere invoeren de slechtste.`,
  input: 'Invoer',
  credential: 'Certificaat',
  issuer: 'uitgegeven door',
  noReport: input => `${input}: geen certificaat gevonden`,
  crashed: (input, reason) => `${input}: controle onverwacht gestopt: ${reason}`,
};

/** The command line's own words (usage, errors, headings); report text comes from the core. */
export const words = (lang: Lang): Words => (lang === 'nl' ? NL : EN);
