import type {Credential} from '../credential.js';
import {idOf, isRecord} from '../util/json.js';
import type {VouchedInstitution} from './evidence.js';
import type {PlatformVouch} from './record.js';

const text = (value: unknown): string | null => typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The institution a vouching platform names for this credential — only when the credential really
 * came from the platform: served from the record's origin (not a copy on disk), by the platform and
 * environment the record vouches for, with an issuer profile on that same origin. edubadges names
 * the institution in the issuer's `InstitutionNameExtension` (or `faculty.institution.name` with
 * `?expand=institution`) and its BRIN in `InstitutionIdentifierExtension` (edubadges.md §4).
 */
export function vouchedInstitution(credential: Credential, vouch: PlatformVouch, origin: string): VouchedInstitution | null {
  const platform = credential.platform;
  const issuer = credential.parts.issuer;
  if(!platform || platform.id !== vouch.platform || platform.environment !== vouch.environment ||
    credential.servedFrom !== origin || !issuer || !sameOrigin(idOf(issuer), origin)) {
    return null;
  }
  const extension = (name: string, key: string) => isRecord(issuer[`extensions:${name}`]) ? text((issuer[`extensions:${name}`] as Record<string, unknown>)[key]) : null;
  const faculty = isRecord(issuer.faculty) ? issuer.faculty : {};
  const institution = isRecord(faculty.institution) ? faculty.institution : {};
  return {
    platform: vouch.platform,
    environment: vouch.environment,
    name: extension('InstitutionNameExtension', 'InstitutionName') ?? text(institution.name),
    brin: extension('InstitutionIdentifierExtension', 'InstitutionIdentifier'),
  };
}

function sameOrigin(url: string | null, origin: string): boolean {
  try {
    return url !== null && new URL(url).origin === origin;
  } catch {
    return false;
  }
}
