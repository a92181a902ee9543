import type {FrameworkResult, Lang, Report, TrustRecord} from '../types.js';
import {isRecord, textOf} from '../util/json.js';
import {safeImage} from './safe-url.js';
import {FRAMEWORK_NAMES, UI_WORDS} from './words.js';

/** What the badge and the card show about one report, derived once, as plain strings. */
export interface Display {
  title: string;
  issuer: string;
  /** The trust list that recognises the issuer, when the trust check passed. */
  recognisedBy: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  image: string | null;
  /** A badge class / achievement on its own (institution mode): a course, not an award. */
  course: boolean;
  /** "microcredential · hbo/wo framework", or null when it does not claim to be one. */
  micro: string | null;
  /** What a course or microcredential amounts to: its study load and level, as the scorecard read them. */
  size: string | null;
  level: string | null;
}

export function toDisplay(report: Report, lang: Lang): Display {
  const words = UI_WORDS[lang];
  const credential = report.credential;
  const trust = report.checks.find(check => check.id === 'trust');
  const list = trust?.status === 'pass' ? textOf(trust.evidence.list) : null;
  const issuer = trustedIssuerName(report) ?? credential?.issuer.name ?? credential?.issuer.id ?? words.unknownIssuer;
  return {
    title: credential?.title || words.untitled,
    issuer: clip(issuer, 200),
    recognisedBy: list,
    issuedOn: formatDate(credential?.issuedOn ?? null, lang),
    validUntil: formatDate(credential?.validUntil ?? null, lang),
    image: imageFor(report),
    course: report.format === 'achievement' || report.checks[0]?.code === 'not_an_award',
    micro: microLabel(report.quality?.microcredential === true, report.quality?.frameworks ?? [], lang),
    size: elementValue(report, 'EU-M7'),
    level: elementValue(report, 'EU-M8'),
  };
}

function elementValue(report: Report, id: string): string | null {
  const element = report.quality?.elements.find(candidate => candidate.id === id);
  return element?.status === 'present' && element.value ? clip(element.value, 60) : null;
}

/**
 * The issuer's name as a trust list gives it, when the trust check recognised the issuer: the
 * organisation record's legal name, or for a platform that vouches for its institutions
 * (edubadges) the institution it names. Null when no list recognised the issuer.
 */
export function trustedIssuerName(report: Report): string | null {
  const trust = report.checks.find(check => check.id === 'trust');
  if(trust?.status !== 'pass') {
    return null;
  }
  const legalName = (record: unknown) => isRecord(record) ? textOf((record as unknown as TrustRecord).organisation?.legalName) : null;
  const organisation = isRecord(trust.evidence.organisation) ? legalName(trust.evidence.organisation.record) : null;
  if(isRecord(trust.evidence.via)) {
    return organisation ?? textOf(trust.evidence.via.name);
  }
  return legalName(trust.evidence.record);
}

/**
 * The credential's image, if showing it costs no request the verification did not make:
 * inline (data:) images always; an https image only when the signature checked out and it
 * comes from where the credential or its issuer lives. A forged credential must not make the
 * viewer's browser contact a host of the forger's choosing (contract §2, order of work).
 */
function imageFor(report: Report): string | null {
  const image = safeImage(report.credential?.image);
  if(!image || image.startsWith('data:')) {
    return image;
  }
  if(report.checks.find(check => check.id === 'integrity')?.status !== 'pass') {
    return null;
  }
  const origins = [report.input, report.credential?.issuer.id ?? ''].map(originOf).filter(origin => origin !== null);
  const own = originOf(image);
  return own !== null && origins.includes(own) ? image : null;
}

/** The https origin of a URL, or of a did:web (did:web:example.edu:path → https://example.edu). */
function originOf(value: string): string | null {
  const web = /^did:web:([^:#?/]+)/.exec(value);
  try {
    const url = new URL(web ? `https://${decodeURIComponent(web[1])}` : value);
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The framework a microcredential is judged under: the one it meets, else the first it claims. */
export function claimedFramework(frameworks: readonly FrameworkResult[]): FrameworkResult | null {
  return frameworks.find(framework => framework.status === 'conformant') ??
    frameworks.find(framework => framework.status !== 'not_claimed') ?? null;
}

function microLabel(micro: boolean, frameworks: readonly FrameworkResult[], lang: Lang): string | null {
  if(!micro) {
    return null;
  }
  const framework = claimedFramework(frameworks);
  const words = UI_WORDS[lang];
  return framework && framework.status === 'conformant' ? words.microShort(FRAMEWORK_NAMES[framework.id] ?? framework.id) : words.microcredential;
}

/** A date as people read it ("12 March 2025", "12 maart 2025"); the raw text when it is not a date. */
export function formatDate(value: string | null, lang: Lang): string | null {
  if(!value) {
    return null;
  }
  const time = Date.parse(value);
  if(Number.isNaN(time)) {
    return clip(value, 40);
  }
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {dateStyle: 'long', timeZone: 'UTC'}).format(time);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
