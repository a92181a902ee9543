import {asArray, isRecord} from '../../util/json.js';
import {found, type Found, type QualityFacts} from '../facts.js';
import {dig, str} from './json-path.js';

type IssuerFacts = Pick<QualityFacts, 'country' | 'awardingBody' | 'brin' | 'institutionName'>;

/**
 * Issuer facts of an OB 3.0 credential (standards.md §1.3 M3, M4): the Profile in `issuer`, its
 * `parentOrg` (edubadges wiki: the institution above the issuing faculty) and `achievement.creator`
 * (edubadges `feature/ewi`). BRIN from `otherIdentifier` with `identifierType: "ext:BRIN"`.
 */
export function ob3Issuer(document: Record<string, unknown>, achievement: Record<string, unknown>): IssuerFacts {
  const profiles: [string, Record<string, unknown>][] = [
    ['issuer', document.issuer], ['issuer.parentOrg', dig(document.issuer, 'parentOrg')],
    ['credentialSubject.achievement.creator', achievement.creator], ['credentialSubject.achievement.creator.parentOrg', dig(achievement.creator, 'parentOrg')],
  ].filter((pair): pair is [string, Record<string, unknown>] => isRecord(pair[1]));
  const parent = profiles.find(([path]) => path.endsWith('parentOrg'));
  return {
    country: first(profiles, (path, profile) => found(str(dig(profile, 'address', 'addressCountryCode')), `${path}.address.addressCountryCode`) ??
      found(str(dig(profile, 'address', 'addressCountry')), `${path}.address.addressCountry`)),
    awardingBody: first(profiles, (path, profile) => found(str(profile.name), `${path}.name`)),
    brin: first(profiles, brin),
    institutionName: str(parent?.[1].name) ?? str(dig(document.issuer, 'name')),
  };
}

function first<T>(profiles: [string, Record<string, unknown>][], read: (path: string, profile: Record<string, unknown>) => Found<T> | null): Found<T> | null {
  for(const [path, profile] of profiles) {
    const hit = read(path, profile);
    if(hit) {
      return hit;
    }
  }
  return null;
}

function brin(path: string, profile: Record<string, unknown>): Found<string> | null {
  const entries = asArray(profile.otherIdentifier);
  const index = entries.findIndex(entry => /^ext:BRIN$/i.test(str(dig(entry, 'identifierType')) ?? ''));
  return index < 0 ? null : found(str(dig(entries[index], 'identifier')), `${path}.otherIdentifier[${index}].identifier`);
}
