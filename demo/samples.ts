// The sample credentials the demo checks on load: data, imported from the test fixtures
// so the demo and the tests agree on what each one is.
import validStatus from '../test/fixtures/credentials/dcc-ob3-vc2-eddsa-didkey-validstatus.json';
import valid from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-valid.json';
import tampered from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json';
import expired from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-expired.json';
import revoked from '../test/fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-revoked.json';
import ecdsa from '../test/fixtures/credentials/w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json';
import statusList from '../test/fixtures/credentials/dcc-statuslist-e5WK8CbZ1GjycuPombrj.json';

export interface Sample {
  /** The fixture's file name; also the row's `data-sample`. */
  name: string;
  credential: object;
}

export const SAMPLES: readonly Sample[] = [
  {name: 'dcc-ob3-vc2-eddsa-didkey-validstatus.json', credential: validStatus},
  {name: 'dcc-ob3-vc2-ed25519-didkey-valid.json', credential: valid},
  {name: 'dcc-ob3-vc2-ed25519-didkey-tampered.json', credential: tampered},
  {name: 'dcc-ob3-vc2-ed25519-didkey-expired.json', credential: expired},
  {name: 'dcc-ob3-vc2-ed25519-didkey-revoked.json', credential: revoked},
  {name: 'w3c-vcdi-ecdsa-rdfc-2019-p256-signed.json', credential: ecdsa},
];

/** Where the revoked and validstatus samples publish their status list (see the fixture's .source.txt). */
export const STATUS_LIST_URL =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';
export const STATUS_LIST_TEXT = JSON.stringify(statusList);
