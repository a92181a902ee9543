import {CHECK_IDS, summarise, verify} from '../shared/index.js';
import type {CheckResult, CheckStatus, Lang, Report} from '../shared/index.js';

/** The lazily loaded verification side of the element: the core, and the one report it cannot make. */
export {verify};

// Contract §2: every report lists all 16 elements and both frameworks.
const ELEMENT_IDS = [...Array.from({length: 11}, (_, i) => `EU-M${i + 1}`), ...Array.from({length: 5}, (_, i) => `EU-O${i + 1}`)];

const WORDS = {
  en: {
    none: 'No credential was given: the element has no src, no inline credential and no credential property.',
    'bad-src': 'The src attribute is not a web address that can be fetched (only https is).',
    notChecked: 'Not checked, because there is no credential to check.',
    summary: {none: 'We could not check this credential: none was given.', 'bad-src': 'We could not check this credential: its address cannot be fetched.'},
  },
  nl: {
    none: 'Er is geen certificaat opgegeven: het element heeft geen src, geen certificaat in de pagina en geen credential-eigenschap.',
    'bad-src': 'Het src-attribuut is geen webadres dat we kunnen ophalen (alleen https).',
    notChecked: 'Niet gecontroleerd, want er is geen certificaat.',
    summary: {none: 'We konden dit certificaat niet controleren: er is er geen opgegeven.', 'bad-src': 'We konden dit certificaat niet controleren: het adres is niet op te halen.'},
  },
} as const;

/**
 * Contract §5: no credential, or a `src` that cannot be used, ends as `unverifiable`, with a
 * report like any other (the core itself would read a `javascript:` src as malformed JSON).
 */
export function unusableReport(kind: 'none' | 'bad-src', input: string, lang: Lang): Report {
  const words = WORDS[lang];
  const checks: CheckResult[] = CHECK_IDS.map(id => {
    const status: CheckStatus = id === 'format' || id === 'integrity' || id === 'issuer' || id === 'validity' || id === 'trust' ?
      'unknown' : 'skipped';
    if(id === 'format') {
      return {id, status, code: kind === 'none' ? 'not_checked' : 'network_error', message: words[kind],
        evidence: kind === 'none' ? {reason: 'no credential'} : {src: input.slice(0, 300), reason: 'not an http(s) URL'}};
    }
    return {id, status, code: id === 'recipient' ? 'not_requested' : 'not_checked', message: words.notChecked, evidence: {}};
  });
  return {
    input: kind === 'none' ? '-' : input.slice(0, 300),
    verdict: summarise(checks),
    format: 'unknown',
    summary: words.summary[kind],
    checks,
    credential: null,
    presentation: null,
    quality: {
      microcredential: false, euComplete: false,
      elements: ELEMENT_IDS.map(id => ({id, status: 'missing', value: null, source: null})),
      frameworks: [{id: 'nl-hbo-wo', status: 'not_claimed', rules: []}, {id: 'nl-mbo', status: 'not_claimed', rules: []}],
    },
  };
}
