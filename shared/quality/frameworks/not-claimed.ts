import {text, type Text} from '../../i18n/text.js';
import type {FrameworkResult, Lang} from '../../types.js';
import {FRAMEWORK_NAMES} from '../rules/words.js';
import type {Claim} from './claim.js';
import type {FrameworkId} from './versions.js';

/**
 * A framework the credential does not claim: `not_claimed` with one informational NL-ALL-01 saying
 * why — a regular edubadge is not a failing microcredential (the quality issue). Kept apart from
 * the rules so a credential that claims no framework never loads them (the widget's budget).
 */
export function notClaimed(framework: FrameworkId, claim: Claim, lang: Lang): FrameworkResult {
  return {id: framework, status: 'not_claimed', rules: [{id: 'NL-ALL-01', status: 'info', message: whyNotClaimed(framework, claim)[lang]}]};
}

function whyNotClaimed(framework: FrameworkId, claim: Claim): Text {
  const name = FRAMEWORK_NAMES[framework];
  if(!claim.microcredential) {
    return text(`Not a microcredential: ${claim.basis.en}. ${capital(name.en)} does not apply.`,
      `Geen microcredential: ${claim.basis.nl}. ${capital(name.nl)} is niet van toepassing.`);
  }
  if(claim.frameworks.length > 0) {
    const other = FRAMEWORK_NAMES[claim.frameworks[0]];
    return text(`It claims ${other.en}, not this one.`, `Het claimt ${other.nl}, niet dit kwaliteitskader.`);
  }
  return text('It claims to be a microcredential but names no Dutch framework.',
    'Het claimt een microcredential te zijn, maar noemt geen Nederlands kwaliteitskader.');
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
