import type {TrustList} from '../../types.js';
import type {NlTrustRecord} from '../record.js';

const HBO_WO_PILOT = 'Kwaliteitskader Microcredentials voor Professionals HBO en WO';
const FETCHED = '2026-11-23'; // when these public sources were read for the project (../shared/docs)

/**
 * The Dutch list that ships with the verifier (standards.md §4.7 records, provenance on each).
 *
 * 1. edubadges production (`https://api.edubadges.nl`) as a platform that vouches for its
 *    institutions: SURF creates institutions and staff log in through SURFconext, so an assertion,
 *    badge class and issuer served from there name a real Dutch institution and its BRIN
 *    (edubadges.md §1, §4). The demo, test and acceptance hosts are deliberately absent: they are
 *    never a recognised source.
 * 2. Institutions the public sources name as issuing microcredentials under the hbo/wo pilot. The
 *    sources give no BRIN, DID or origin for them (standards.md §6.7: "need an authoritative current
 *    list with BRINs"), so they bind no key: they name pilot participation for the institution rules
 *    when a vouching platform names the same institution.
 * 3. Hanzehogeschool Groningen with its RIO codes, the one Dutch institution whose BRIN the sources
 *    give (standards.md §4.3 [S37]); no pilot participation is claimed for it.
 */
const RECORDS: NlTrustRecord[] = [
  {
    subject: {origins: ['https://api.edubadges.nl']},
    organisation: {legalName: 'edubadges (SURF)', country: 'NL'},
    vouches: {platform: 'edubadges', environment: 'production',
      onboards: 'Dutch institutions created by SURF, staff logging in through SURFconext; only institutions enabled for microcredentials can mark a badge as one'},
    provenance: {source: 'static-allowlist', fetchedAt: FETCHED, signatureVerified: false,
      note: 'edubadges.md §1 (production API host), §4 (institutions, BRIN, genuineness by https origin), §5 (micro_credentials_enabled)'},
  },
  pilot('Radboud Universiteit', 'wo', '2022-12-01', '[S39] Radboud University joining the pilot (Dec 2022), standards.md §7'),
  pilot('Rijksuniversiteit Groningen', 'wo', null, '[S26] RUG microcredentials page (3–30 EC, professionals), standards.md §7'),
  pilot('De Haagse Hogeschool', 'hbo', null, '[S21] De Haagse Hogeschool microcredentials FAQ, standards.md §7'),
  {
    subject: {},
    organisation: {legalName: 'Hanzehogeschool Groningen', country: 'NL', sector: 'hbo',
      identifiers: [{scheme: 'BRIN', value: '25BE'}, {scheme: 'RIO-onderwijsbestuur', value: '100B490'}, {scheme: 'SCHAC', value: 'hanze.nl'}]},
    provenance: {source: 'static-allowlist', fetchedAt: FETCHED, signatureVerified: false,
      note: 'standards.md §4.3 and §4.7 (RIO code families, Hanzehogeschool example [S37])'},
  },
];

function pilot(legalName: string, sector: 'hbo' | 'wo', since: string | null, note: string): NlTrustRecord {
  return {
    subject: {},
    organisation: {legalName, country: 'NL', sector},
    // The pilot began in October 2021 (standards.md §3.1); a later start date is used where the source gives one.
    frameworks: [{id: 'nl-hbo-wo', name: HBO_WO_PILOT, validFrom: since ?? '2021-10-01', validTo: null, evidence: 'pilot participant list'}],
    provenance: {source: 'static-allowlist', fetchedAt: FETCHED, signatureVerified: false, note},
  };
}

export const NL_EDUCATION_LIST: TrustList = {
  name: 'Dutch education (built in)',
  publisher: 'microcredential verifier, from the public sources in its documentation',
  version: FETCHED,
  validUntil: null,
  records: RECORDS,
};
