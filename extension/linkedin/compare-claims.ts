import type {Lang, Report} from '../../shared/index.js';
import {trustedIssuerName} from '../../shared/ui/display.js';
import {isRecord, textOf} from '../../shared/util/json.js';
import type {EntryClaims} from './claims.js';

export type ClaimField = 'title' | 'issuer' | 'date';

/** One claim of the entry that the credential does not back, worded for display. */
export interface ClaimMismatch {
  field: ClaimField;
  /** What the profile says ("2024", "Feb 2024", the name as shown). */
  profile: string;
  /** What the credential says, in the same form. */
  credential: string;
}

/**
 * The entry's own claims against the verified report: its name, its issuer and its issue month.
 * A claim the page does not make, or the credential does not carry, is not compared. Pure.
 */
export function compareClaims(claims: EntryClaims, report: Report, lang: Lang): ClaimMismatch[] {
  const credential = report.credential;
  if(!credential) {
    return [];
  }
  const mismatches: ClaimMismatch[] = [];
  if(claims.title && credential.title && !sameTitle(claims.title, credential.title)) {
    mismatches.push({field: 'title', profile: claims.title, credential: credential.title});
  }
  const issuers = issuerNames(report);
  if(claims.issuer && issuers.length > 0 && !issuers.some(name => sameIssuer(claims.issuer!, name))) {
    mismatches.push({field: 'issuer', profile: claims.issuer, credential: issuers[0]});
  }
  const date = claims.issued && credential.issuedOn ? compareDate(claims.issued, credential.issuedOn, isEdubadges(report), lang) : null;
  if(date) {
    mismatches.push(date);
  }
  return mismatches;
}

/**
 * For comparing names: compatibility forms folded (full-width letters, ligatures), accents and
 * invisible format characters (zero-width, bidi controls) dropped, so that what looks alike
 * compares alike, and a name that only looks like another through bidi reordering does not;
 * case, punctuation and spacing ignored. Letters of other scripts (a Cyrillic "а") stay what they
 * are: a lookalike name is a different name.
 */
export function normaliseName(value: string): string {
  return value.normalize('NFKD').replace(/[\p{Cf}\p{M}]/gu, '').toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The kind of credential, which people and platforms add to its name on LinkedIn ("Research Data
 * Management (microcredential)", the fixture profiles do) while the credential keeps it in a field
 * of its own (edubadges' badge type): a name that differs only by it names the same course.
 */
const KIND = /^(?:(?:micro ?credentials?|edubadges?) )?(.+?)(?: (?:micro ?credentials?|edubadges?))?$/;

function sameTitle(profile: string, credential: string): boolean {
  const strip = (name: string) => KIND.exec(normaliseName(name))?.[1] ?? normaliseName(name);
  return strip(profile) === strip(credential);
}

/**
 * The same organisation when one name contains the other word for word: LinkedIn shows the
 * company page the issuer chose ("Hanzehogeschool" for "Hanzehogeschool Groningen", "SURF" for
 * "edubadges (SURF)" when an edubadges faculty has no page of its own, edubadges.md §9).
 */
function sameIssuer(profile: string, credential: string): boolean {
  const [a, b] = [normaliseName(profile), normaliseName(credential)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/**
 * The names the issuer goes by: the credential's own, the institution a trust list recognises,
 * and for an institution a platform vouches for (edubadges), the platform's.
 */
function issuerNames(report: Report): string[] {
  const trust = report.checks.find(check => check.id === 'trust');
  const platform = trust?.status === 'pass' && isRecord(trust.evidence.via) && isRecord(trust.evidence.record) && isRecord(trust.evidence.record.organisation) ?
    textOf(trust.evidence.record.organisation.legalName) : null;
  const names = [trustedIssuerName(report), report.credential?.issuer.name ?? null, platform];
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

const EDUBADGES = /(?:^|\.)edubadges\.nl$/;
const hostOf = (value: string | null | undefined) => {
  try {
    return value ? new URL(value).hostname : '';
  } catch {
    return '';
  }
};
const isEdubadges = (report: Report) => EDUBADGES.test(hostOf(report.input)) || EDUBADGES.test(hostOf(report.credential?.issuer.id));

const HOUR = 3_600_000;
/** Month as one number (year × 12 + month − 1), so that a step back from January is December. */
const monthIndex = (time: number) => {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/**
 * The profile gives a calendar month, the credential an instant: any month that instant falls in
 * somewhere (UTC−12 to UTC+14) is the same month. edubadges' own "Add to profile" button passes a
 * 0-based month, so its entries say one month earlier than the credential (surfaces.md §1.8,
 * edubadges.md §9; its mobile app passes the right one): one month earlier is the same for edubadges.
 */
function compareDate(issued: NonNullable<EntryClaims['issued']>, issuedOn: string, edubadges: boolean, lang: Lang): ClaimMismatch | null {
  const time = Date.parse(issuedOn);
  if(Number.isNaN(time)) {
    return null;
  }
  const months = new Set([monthIndex(time - 12 * HOUR), monthIndex(time + 14 * HOUR)]);
  if(edubadges) {
    for(const month of [...months]) {
      months.add(month - 1);
    }
  }
  const years = new Set([...months].map(month => Math.floor(month / 12)));
  const fine = issued.month === null ? years.has(issued.year) : months.has(issued.year * 12 + issued.month - 1);
  if(fine) {
    return null;
  }
  const own = new Date(time);
  if(!years.has(issued.year) || issued.month === null) {
    return {field: 'date', profile: String(issued.year), credential: String(own.getUTCFullYear())};
  }
  return {field: 'date', profile: monthYear(Date.UTC(issued.year, issued.month - 1, 15), lang), credential: monthYear(time, lang)};
}

const monthYear = (time: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'}).format(time);
