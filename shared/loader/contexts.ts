/**
 * The JSON-LD contexts we serve, pinned byte for byte (see scripts/pin-contexts.mjs and pinned.json).
 * Every other context URL is refused: no remote contexts, ever (design.md rule 2).
 */
import vcV1 from './contexts/vc-v1.json' with {type: 'json'};
import vcV2 from './contexts/vc-v2.json' with {type: 'json'};
import vcUndefinedTermsV2 from './contexts/vc-undefined-terms-v2.json' with {type: 'json'};
import ob300 from './contexts/ob-3.0.0.json' with {type: 'json'};
import ob301 from './contexts/ob-3.0.1.json' with {type: 'json'};
import ob302 from './contexts/ob-3.0.2.json' with {type: 'json'};
import ob303 from './contexts/ob-3.0.3.json' with {type: 'json'};
import obExtensions from './contexts/ob-extensions.json' with {type: 'json'};
import obJffPlugfest1 from './contexts/ob-jff-plugfest-1.json' with {type: 'json'};
import dataIntegrityV1 from './contexts/data-integrity-v1.json' with {type: 'json'};
import dataIntegrityV2 from './contexts/data-integrity-v2.json' with {type: 'json'};
import multikeyV1 from './contexts/multikey-v1.json' with {type: 'json'};
import ed255192020V1 from './contexts/ed25519-2020-v1.json' with {type: 'json'};
import didV1 from './contexts/did-v1.json' with {type: 'json'};
import statusList2021V1 from './contexts/status-list-2021-v1.json' with {type: 'json'};
import bitstringStatusListV1 from './contexts/bitstring-status-list-v1.json' with {type: 'json'};
import examplesV2 from './contexts/examples-v2.json' with {type: 'json'};

export const BUNDLED_CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  ['https://www.w3.org/2018/credentials/v1', vcV1],
  ['https://www.w3.org/ns/credentials/v2', vcV2],
  ['https://www.w3.org/ns/credentials/undefined-terms/v2', vcUndefinedTermsV2],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', ob300],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', ob301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', ob302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', ob303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obExtensions],
  ['https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json', obJffPlugfest1],
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/multikey/v1', multikeyV1],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed255192020V1],
  ['https://www.w3.org/ns/did/v1', didV1],
  ['https://w3id.org/vc/status-list/2021/v1', statusList2021V1],
  ['https://www.w3.org/ns/credentials/status/v1', bitstringStatusListV1],
  ['https://www.w3.org/ns/credentials/examples/v2', examplesV2],
]);
