import type {Credential} from '../credential.js';
import type {VerifyRun} from '../run.js';
import {idOf, isRecord} from '../util/json.js';

/** The non-OB fields `?expand=micro` adds to an edubadges badge class (edubadges.md §3, §5). */
export const MICRO_FIELDS = [
  'participation', 'assessmentType', 'assessmentIdVerified', 'assessmentSupervised', 'qualityAssuranceName',
  'qualityAssuranceUrl', 'qualityAssuranceDescription', 'stackable', 'gradeAchievedRequired', 'eqfNlqfLevelVerified', 'typeBadgeClass',
] as const;

export type MicroFetch = 'fetched' | 'failed' | 'not-tried';
const state = new WeakMap<Credential, MicroFetch>();

/** Whether the quality-assurance fields were fetched for this credential (read by the NL-*-QA rules). */
export function microFetchOf(credential: Credential): MicroFetch {
  return state.get(credential) ?? 'not-tried';
}

/**
 * edubadges publishes a microcredential's quality assurance (name, URL, description) only on the
 * badge class with `?expand=micro` — not in the assertion, not with `?expand=badge` (edubadges.md §3,
 * §5, §11). Fetch it through the run's network layer and add those fields to `parts.badgeClass`.
 *
 * Call after the checks, before the report is built. It fetches nothing unless the credential came
 * from an edubadges host, `integrity` passed (a forged credential must not make us fetch its URLs,
 * contract §2), the badge class sits on the origin the assertion was served from, and it is (or may
 * be) a `micro_credential` without these fields yet. Never throws: a failed fetch is remembered and
 * the scorecard says the quality assurance could not be read.
 */
export async function loadEdubadgesMicro(run: VerifyRun): Promise<void> {
  const {credential} = run;
  const badgeClass = credential.parts.badgeClass;
  const url = badgeClass ? idOf(badgeClass) : null;
  if(!badgeClass || !url || !wanted(credential, badgeClass, url) || run.outcomes.integrity?.status !== 'pass') {
    return;
  }
  try {
    const {json} = await run.net.getJson(`${url}?expand=micro`);
    if(!isRecord(json) || idOf(json) !== url) {
      state.set(credential, 'failed');
      return;
    }
    const micro = Object.fromEntries(MICRO_FIELDS.filter(key => json[key] !== undefined).map(key => [key, json[key]]));
    credential.parts = {...credential.parts, badgeClass: {...badgeClass, ...micro}};
    state.set(credential, 'fetched');
  } catch {
    state.set(credential, 'failed');
  }
}

function wanted(credential: Credential, badgeClass: Record<string, unknown>, url: string): boolean {
  if(credential.platform?.id !== 'edubadges' || !credential.servedFrom || 'qualityAssuranceName' in badgeClass) {
    return false;
  }
  const type = badgeClass.typeBadgeClass;
  if(type !== undefined && type !== 'micro_credential') {
    return false; // regular and extra-curricular badges have no quality-assurance fields
  }
  try {
    const target = new URL(url);
    return target.protocol === 'https:' && target.origin === credential.servedFrom && target.search === '' && target.hash === '';
  } catch {
    return false;
  }
}
