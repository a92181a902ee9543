import {text} from '../../i18n/text.js';
import type {Lang} from '../../types.js';
import {SIZES} from '../frameworks/versions.js';
import {result, type Rule} from '../frameworks/rule.js';
import {formatNumber, inSbu, type InSbu} from '../units.js';
import {both} from './words.js';

const {minSbu, guidelineSbu, stepSbu} = SIZES['nl-mbo'];

function describe(size: InSbu, lang: Lang): string {
  const sbu = `${formatNumber(size.sbu, lang)} SBU`;
  if(!size.converted) {
    return sbu;
  }
  const ec = formatNumber(size.from.value.amount!, lang);
  return lang === 'en' ? `${sbu} (${ec} EC at 28 hours per EC)` : `${sbu} (${ec} EC bij 28 uur per EC)`;
}

/**
 * NL-MBO-SIZE (standards.md §3.3; framework rule 12 and footnote 3 [S22]; edubadges since
 * 2024-12-17 [S20]): below 80 SBU fails; not a multiple of 80 warns; 80 up to 240 is below the
 * framework's guideline of 240 SBU but permitted in the pilot (info); 240 and more passes.
 */
export const mboSize: Rule = ctx => {
  const size = inSbu(ctx.facts.workload);
  if(!size) {
    return result('fail', text('No study load in SBU (study hours) is stated.', 'Er is geen studielast in SBU (studiebelastingsuren) vermeld.'));
  }
  const what = (lang: Lang) => describe(size, lang);
  if(size.sbu < minSbu) {
    return result('fail', both(lang => lang === 'en' ? `${what(lang)} is below the minimum of 80 SBU for an mbo microcredential.` :
      `${what(lang)} is minder dan het minimum van 80 SBU voor een mbo-microcredential.`));
  }
  if(!Number.isInteger(size.sbu / stepSbu)) {
    return result('warn', both(lang => lang === 'en' ? `${what(lang)} is not a multiple of 80 SBU (the step edubadges has required since 17 December 2024).` :
      `${what(lang)} is geen veelvoud van 80 SBU (de stap die edubadges sinds 17 december 2024 vraagt).`));
  }
  if(size.sbu < guidelineSbu) {
    return result('info', both(lang => lang === 'en' ? `${what(lang)}: below the mbo framework's guideline of 240 SBU, which the pilot permits.` :
      `${what(lang)}: minder dan de richtlijn van 240 SBU van het kwaliteitskader mbo; dat mag binnen de pilot.`));
  }
  return result('pass', both(lang => lang === 'en' ? `${what(lang)}, at least the 240 SBU guideline of the mbo framework.` :
    `${what(lang)}, minstens de richtlijn van 240 SBU van het kwaliteitskader mbo.`));
};

/** NL-MBO-UNIT: size in SBU (or hours), not EC (W, [S22, S20]). */
export const mboUnit: Rule = ctx => {
  const size = inSbu(ctx.facts.workload);
  if(!size) {
    return result('info', text('No study load is stated.', 'Er is geen studielast vermeld.'));
  }
  return size.converted ?
    result('warn', text('The study load is given in EC only; the mbo framework counts study hours (SBU).',
      'De studielast staat alleen in EC; het kwaliteitskader mbo rekent in studiebelastingsuren (SBU).')) :
    result('pass', text('The study load is given in study hours (SBU), as the mbo framework asks.',
      'De studielast staat in studiebelastingsuren (SBU), zoals het kwaliteitskader mbo vraagt.'));
};
