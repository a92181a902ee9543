// The demo's sample credentials: data imported from the test fixtures (each has its source
// note there), so the demo and the tests agree on what each one is. Adding a sample is one
// entry in SAMPLES (plus, for a URL, its bundled responses in RESPONSES).
import statusList from '../test/fixtures/credentials/dcc-statuslist-e5WK8CbZ1GjycuPombrj.json';
import tampered from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json';
import expired from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-expired.json';
import revoked from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-revoked.json';
import validStatus from '../test/fixtures/credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json';
import edubadgesBadgeClass from '../test/fixtures/credentials/edubadges/ob2-badgeclass-prod-EqLuTedxSEaQneSmWWlF4g.json';
import edubadgesIssuer from '../test/fixtures/credentials/edubadges/ob2-issuer-prod-lQ67BQQQS-eBx5syJGpazg.json';
import edubadgesRegular from '../test/fixtures/http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json';
import microBadgeClass from '../test/fixtures/quality/edubadges-micro-hbo-badgeclass-micro.json';
import micro from '../test/fixtures/quality/edubadges-micro-hbo-expanded.json';
import type {Lang} from '../shared/index.js';

export interface Sample {
  /** Stable id: the element's `data-sample`, for tests and for people. */
  id: string;
  label: Record<Lang, string>;
  /** Embedded as an institution would: by URL (`src`) or inline in the page. */
  src?: string;
  inline?: object;
}

/** The DCC sample issuer, recognised by the demo's own trust list so "Verified" can be seen. */
export const DEMO_TRUST_LIST = {
  name: 'Demo trust list', publisher: 'this demo', version: '1', validUntil: null,
  records: [{subject: {dids: ['did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q']}, organisation: {legalName: 'Example Corp'}}],
};

export const SAMPLES: readonly Sample[] = [
  {id: 'valid', label: {en: 'Valid (Open Badges 3.0, with a status list)', nl: 'Geldig (Open Badges 3.0, met statuslijst)'}, inline: validStatus},
  {id: 'revoked', label: {en: 'Revoked by its issuer', nl: 'Ingetrokken door de uitgever'}, inline: revoked},
  {id: 'expired', label: {en: 'Expired', nl: 'Verlopen'}, inline: expired},
  {id: 'tampered', label: {en: 'Changed after issuing', nl: 'Gewijzigd na uitgifte'}, inline: tampered},
  {id: 'regular', label: {en: 'A regular edubadge (Open Badges 2.0, hosted)', nl: 'Een gewone edubadge (Open Badges 2.0, gehost)'},
    src: 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q'},
  {id: 'micro', label: {en: 'A microcredential (hbo/wo framework, edubadges)', nl: 'Een microcredential (kwaliteitskader hbo/wo, edubadges)'},
    src: 'https://api.edubadges.nl/public/assertions/hboMicroAssertion0001A'},
  {id: 'course', label: {en: 'The course it leads to (badge class, institution mode)', nl: 'De opleiding waartoe het leidt (badge class, instellingsmodus)'},
    src: 'https://www.edubadges.nl/public/badges/hboMicroBadgeClass001A'},
];

/**
 * The responses the samples' URLs need, bundled: the demo gives the same answers offline, on
 * any machine, at any time. Recorded or built copies, as each fixture's source note says.
 */
export const RESPONSES: Readonly<Record<string, unknown>> = {
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj': statusList,
  'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q?expand=badge&expand=badge.issuer': edubadgesRegular,
  'https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g?expand=issuer&expand=micro':
    {...edubadgesBadgeClass, issuer: edubadgesIssuer, typeBadgeClass: 'regular'},
  'https://api.edubadges.nl/public/assertions/hboMicroAssertion0001A?expand=badge&expand=badge.issuer': micro,
  'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=micro': microBadgeClass,
  'https://api.edubadges.nl/public/badges/hboMicroBadgeClass001A?expand=issuer&expand=micro': {...microBadgeClass, issuer: micro.badge.issuer},
};
