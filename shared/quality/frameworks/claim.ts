import type {Credential} from '../../credential.js';
import {text, type Text} from '../../i18n/text.js';
import {isoCountry} from '../elements/country.js';
import type {QualityFacts} from '../facts.js';
import {frameworkNamed, type FrameworkId} from './versions.js';

/** Whether the credential claims to be a microcredential, and which Dutch framework(s) it claims. */
export interface Claim {
  microcredential: boolean;
  frameworks: FrameworkId[];
  /** Why it is (not) taken as a microcredential. */
  basis: Text;
}

/**
 * standards.md §3.3 NL-ALL-01: edubadges marks microcredentials itself (`typeBadgeClass`), a regular
 * or extra-curricular edubadge is *not a microcredential* (not a failing one); other formats claim it
 * with OB 3.0 `achievementType`, a microcredential schema, the EU wallet type, or by naming a
 * framework as quality assurance. The framework claimed is the one named; without a name, a Dutch
 * microcredential's study-load unit decides (SBU is mbo, EC or hours hbo/wo; edubadges.md §5).
 */
export function claimOf(facts: QualityFacts, credential: Credential | null): Claim {
  const named = facts.qualityAssurance && frameworkNamed(facts.qualityAssurance.value.name, facts.qualityAssurance.value.url);
  const marker = facts.marker?.value;
  if(marker && !marker.micro) {
    return {microcredential: false, frameworks: [], basis: notMicro(marker.basis)};
  }
  if(!marker && !named) {
    return {microcredential: false, frameworks: [],
      basis: text('it is not marked as a microcredential', 'het is niet als microcredential gemarkeerd')};
  }
  const basis = !marker ? text('its quality assurance names a Dutch microcredential framework',
    'de kwaliteitsborging noemt een Nederlands kwaliteitskader voor microcredentials') :
    marker.basis.startsWith('typeBadgeClass') ? text(`edubadges marks it as a microcredential (${marker.basis})`,
      `edubadges markeert het als microcredential (${marker.basis})`) :
      text(`it is marked as a microcredential (${marker.basis})`, `het is gemarkeerd als microcredential (${marker.basis})`);
  if(named) {
    return {microcredential: true, frameworks: [named], basis};
  }
  if(!isDutch(facts, credential)) {
    return {microcredential: true, frameworks: [], basis};
  }
  const units = new Set(facts.workload.map(load => load.value.unit));
  const frameworks: FrameworkId[] = units.has('SBU') ? ['nl-mbo'] : units.has('EC') || units.has('hours') ? ['nl-hbo-wo'] : ['nl-hbo-wo', 'nl-mbo'];
  return {microcredential: true, frameworks, basis};
}

/** A Dutch microcredential: on edubadges, with a BRIN, or from an issuer in the Netherlands. */
function isDutch(facts: QualityFacts, credential: Credential | null): boolean {
  return credential?.platform?.id === 'edubadges' || facts.brin !== null ||
    (facts.country !== null && isoCountry(facts.country.value) === 'NL');
}

function notMicro(basis: string): Text {
  const type = /typeBadgeClass: (\w+)/.exec(basis)?.[1];
  if(type === 'regular' || type === 'extra_curricular') {
    const [en, nl] = type === 'regular' ? ['a regular edubadge', 'een gewone edubadge'] : ['an extra-curricular edubadge', 'een extracurriculaire edubadge'];
    return text(`edubadges marks it as ${en}`, `edubadges markeert het als ${nl}`);
  }
  return text(`it is marked as something else (${basis})`, `het is anders gemarkeerd (${basis})`);
}
