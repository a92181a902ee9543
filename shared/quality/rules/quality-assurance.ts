import {text} from '../../i18n/text.js';
import {frameworkNamed} from '../frameworks/versions.js';
import {result, type Rule} from '../frameworks/rule.js';
import {both, FRAMEWORK_NAMES} from './words.js';

/**
 * NL-HW-QA / NL-MBO-QA: the quality assurance named is the framework itself — by name
 * (case-insensitive, trimmed), by its published URL, or by the pre-2024 edubadges alignment
 * (standards.md §3.3 [S22, S10]). An unknown framework fails the claim.
 */
export const qualityAssuranceNamed: Rule = ctx => {
  const qa = ctx.facts.qualityAssurance?.value;
  const framework = FRAMEWORK_NAMES[ctx.framework];
  if(!qa) {
    if(ctx.platform?.id === 'edubadges' && ctx.microFields !== 'fetched') {
      return result('warn', text('The quality assurance could not be read: edubadges publishes it only with the badge class details (?expand=micro), which were not available.',
        'De kwaliteitsborging kon niet worden gelezen: edubadges publiceert die alleen bij de badgegegevens (?expand=micro), en die waren niet beschikbaar.'));
    }
    return result('fail', both(lang => lang === 'en' ? `No quality assurance is named; ${framework.en} requires it.` :
      `Er is geen kwaliteitsborging genoemd; ${framework.nl} vereist dat.`));
  }
  const shown = qa.name ?? qa.url ?? '';
  if(frameworkNamed(qa.name, qa.url) === ctx.framework) {
    return result('pass', both(lang => lang === 'en' ? `The quality assurance named is ${framework.en} ("${shown}").` :
      `Als kwaliteitsborging is ${framework.nl} genoemd ("${shown}").`));
  }
  return result('fail', both(lang => lang === 'en' ? `The quality assurance named ("${shown}") is not ${framework.en}.` :
    `De genoemde kwaliteitsborging ("${shown}") is niet ${framework.nl}.`));
};
