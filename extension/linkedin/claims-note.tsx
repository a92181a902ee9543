import type {Lang} from '../../shared/index.js';
import {clip} from '../../shared/ui/display.js';
import {Icon} from '../../shared/ui/icon.js';
import {WORDS} from '../words.js';
import type {ClaimField, ClaimMismatch} from './compare-claims.js';

const SENTENCE: Record<ClaimField, 'claimTitle' | 'claimIssuer' | 'claimDate'> = {title: 'claimTitle', issuer: 'claimIssuer', date: 'claimDate'};

/**
 * Where the entry's own claims and the credential differ, one sentence each ("The profile says
 * 2024, the credential says 2021"). Both values are text in their own <bdi>, so a name carrying
 * bidi controls cannot reorder the sentence around it.
 */
export function ClaimsNote({mismatches, lang}: {mismatches: readonly ClaimMismatch[]; lang: Lang}) {
  if(mismatches.length === 0) {
    return null;
  }
  return (
    <ul class="claims" lang={lang}>
      {mismatches.map(mismatch => (
        <li class="claim" data-field={mismatch.field} key={mismatch.field}>
          <Icon name="warning"/>
          <span>{fill(WORDS[lang][SENTENCE[mismatch.field]], mismatch)}</span>
        </li>
      ))}
    </ul>
  );
}

function fill(template: string, {profile, credential}: ClaimMismatch) {
  return template.split(/(\{profile\}|\{credential\})/).map(part =>
    part === '{profile}' ? <bdi>{clip(profile, 120)}</bdi> : part === '{credential}' ? <bdi>{clip(credential, 120)}</bdi> : part);
}
