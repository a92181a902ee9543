// Credentials for the quality tests, assembled with the core's own parsers (formats/ob2.ts,
// formats/vc-data-integrity.ts) from fixture JSON, plus check outcomes as the pipeline would give them.
import type {Credential} from '../../../shared/credential.js';
import {parseOb2} from '../../../shared/formats/ob2.js';
import {parseVcJsonLd} from '../../../shared/formats/vc-data-integrity.js';
import {checkTrust} from '../../../shared/checks/trust.js';
import {assessQuality} from '../../../shared/quality/assess.js';
import type {VerifyRun} from '../../../shared/run.js';
import {BUILTIN_TRUST_LISTS} from '../../../shared/trust/builtin.js';
import type {CheckId, CheckOutcome, Lang, Quality, TrustList} from '../../../shared/types.js';
import {isRecord} from '../../../shared/util/json.js';
import {fixtureJson, NOW} from '../../helpers/fixture-fetch.js';

type Doc = Record<string, unknown>;
type Environment = NonNullable<Credential['platform']>['environment'];

/** An OB 2.0 hosted credential from an expanded assertion (badge and issuer embedded), as served by edubadges. */
export function edubadges(expanded: Doc, environment: Environment | null = 'production'): Credential {
  const badgeClass = isRecord(expanded.badge) ? expanded.badge : null;
  const issuer = badgeClass && isRecord(badgeClass.issuer) ? badgeClass.issuer : null;
  const id = String(expanded.id);
  const credential = parseOb2('ob2-hosted', expanded, badgeClass, issuer, {kind: 'hosted', fetchedFrom: id, fetchError: null, relatedError: null});
  credential.servedFrom = environment ? new URL(id).origin : null;
  credential.platform = environment ? {id: 'edubadges', environment} : null;
  return credential;
}

/** A built hbo or mbo edubadges microcredential (test/fixtures/quality/), with the `?expand=micro` fields merged in unless `qa` is false. */
export function microFixture(kind: 'hbo' | 'mbo', qa = true): Doc {
  const expanded = fixtureJson(`quality/edubadges-micro-${kind}-expanded.json`);
  if(qa) {
    const micro = fixtureJson(`quality/edubadges-micro-${kind}-badgeclass-micro.json`);
    const badge = expanded.badge as Doc;
    expanded.badge = {...badge, qualityAssuranceName: micro.qualityAssuranceName, qualityAssuranceUrl: micro.qualityAssuranceUrl};
  }
  return expanded;
}

/** The badge class inside an expanded assertion, for editing a variant. */
export function badgeOf(expanded: Doc): Doc {
  return expanded.badge as Doc;
}

/** A W3C credential (OB 3.0, ELM) through the core's JSON-LD parser. */
export function vc(document: Doc): Credential {
  return parseVcJsonLd(document);
}

/** An SD-JWT VC as the core sees it after disclosure: the claims in `parts.credential`, the vct as its type. */
export function sdJwt(claims: Doc): Credential {
  return {...parseVcJsonLd({'@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], issuer: 'https://issuer.example'}),
    format: 'sd-jwt-vc', document: claims, types: [String(claims.vct)], parts: {credential: claims}};
}

/** Check outcomes for a credential whose issuer checked out, with the given trust outcome. */
export function outcomesWith(trust: CheckOutcome, extra: Partial<Record<CheckId, CheckOutcome>> = {}): Partial<Record<CheckId, CheckOutcome>> {
  return {integrity: {status: 'pass', code: 'hosted_verified'}, issuer: {status: 'pass', code: 'hosted_origin_match'},
    status: {status: 'pass', code: 'not_revoked'}, validity: {status: 'pass', code: 'within_validity'}, trust, ...extra};
}

/** The trust check as the pipeline runs it (issuer established), against the built-in lists plus `lists`. */
export async function trustOutcome(credential: Credential, lists: TrustList[] = [], issuer: CheckOutcome = {status: 'pass', code: 'hosted_origin_match'}): Promise<CheckOutcome> {
  const run = {credential, now: NOW, lang: 'en', recipient: null, trustLists: [...BUILTIN_TRUST_LISTS, ...lists],
    outcomes: {issuer}, verifiedKeys: []} as unknown as VerifyRun;
  return checkTrust(run);
}

/** The scorecard of a credential whose checks passed, with the real trust check; in `lang`. */
export async function scorecard(credential: Credential, options: {lang?: Lang; lists?: TrustList[];
  outcomes?: Partial<Record<CheckId, CheckOutcome>>} = {}): Promise<Quality> {
  const trust = await trustOutcome(credential, options.lists);
  return assessQuality(credential, options.lang ?? 'en', outcomesWith(trust, options.outcomes));
}

/** `id: status` of every rule of one framework, for compact assertions. */
export function rulesOf(quality: Quality, framework: 'nl-hbo-wo' | 'nl-mbo'): Record<string, string> {
  const found = quality.frameworks.find(entry => entry.id === framework)!;
  return Object.fromEntries(found.rules.map(rule => [rule.id, rule.status]));
}

export function ruleMessage(quality: Quality, framework: 'nl-hbo-wo' | 'nl-mbo', id: string): string {
  return quality.frameworks.find(entry => entry.id === framework)!.rules.find(rule => rule.id === id)!.message;
}

/** Set (or with `undefined`, remove) an edubadges extension on a badge class or issuer. */
export function setExtension(doc: Doc, name: string, key: string, value: unknown): void {
  if(value === undefined) {
    delete doc[`extensions:${name}`];
    return;
  }
  doc[`extensions:${name}`] = {'@context': `https://api.edubadges.nl/extensions/${name}/context.json`, type: ['Extension', `extensions:${name}`], [key]: value};
}
