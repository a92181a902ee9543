import {text} from '../../i18n/text.js';
import type {Lang} from '../../types.js';
import {isEqfLevel, levelExamples, nlqfForEqf, parseEqf} from '../levels.js';
import {result, type Rule, type RuleContext} from '../frameworks/rule.js';
import {both} from './words.js';

/** "EQF 6 (NLQF 6: bachelor)". */
function describe(eqf: number, lang: Lang): string {
  const examples = levelExamples(eqf);
  return `EQF ${eqf} (NLQF ${nlqfForEqf(eqf)}${examples ? `: ${examples[lang]}` : ''})`;
}

function verifiedNote(ctx: RuleContext, lang: Lang): string {
  if(ctx.facts.levelVerified !== false) {
    return '';
  }
  return lang === 'en' ? ' The institution has not marked the level as verified.' : ' De instelling heeft het niveau niet als geverifieerd gemarkeerd.';
}

/**
 * NL-HW-LEVEL / NL-MBO-LEVEL (standards.md §3.3, NLQF↔EQF §3.2 [S28, S29]): a level must be stated
 * as EQF/NLQF 1–8; outside the sector's usual range it is a warning, not a failure.
 */
function levelRule(usual: (eqf: number) => boolean, usualText: {en: string; nl: string}): Rule {
  return ctx => {
    const element = ctx.elements.get('EU-M8');
    if(element?.status !== 'present') {
      return result('fail', element?.status === 'invalid' ?
        both(lang => lang === 'en' ? `The level "${element.value}" is not an EQF level (1–8).` : `Het niveau "${element.value}" is geen EQF-niveau (1–8).`) :
        text('No EQF/NLQF level is stated.', 'Er is geen EQF/NLQF-niveau vermeld.'));
    }
    const eqf = parseEqf(ctx.facts.level?.value);
    if(!isEqfLevel(eqf)) {
      return result('fail', text('The level could not be read.', 'Het niveau kon niet worden gelezen.'));
    }
    return usual(eqf) ?
      result('pass', both(lang => `${lang === 'en' ? 'Level' : 'Niveau'} ${describe(eqf, lang)}.${verifiedNote(ctx, lang)}`)) :
      result('warn', both(lang => `${lang === 'en' ? 'Level' : 'Niveau'} ${describe(eqf, lang)} ${usualText[lang]}.${verifiedNote(ctx, lang)}`));
  };
}

export const hboWoLevel = levelRule(eqf => eqf >= 5,
  {en: 'is below the levels usual in higher education (EQF 5–8)', nl: 'ligt onder de niveaus die in het hoger onderwijs gebruikelijk zijn (EQF 5–8)'});

export const mboLevel = levelRule(eqf => eqf <= 5,
  {en: 'is above the usual mbo levels (EQF 1–4, sometimes 5)', nl: 'ligt boven de gebruikelijke mbo-niveaus (EQF 1–4, soms 5)'});
