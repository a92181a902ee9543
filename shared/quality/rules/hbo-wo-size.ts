import {text, type Text} from '../../i18n/text.js';
import type {Lang} from '../../types.js';
import {experimentOn, SIZES} from '../frameworks/versions.js';
import {result, type Rule, type RuleContext} from '../frameworks/rule.js';
import {formatDay} from '../i18n/dates.js';
import {kindName} from '../institution.js';
import {formatLoad, formatNumber, HOURS_PER_EC, inEc, type InEc} from '../units.js';
import {both} from './words.js';

const {minEc, maxEc, stepEc, experimentalMinEc} = SIZES['nl-hbo-wo'];
const n = (value: number, lang: Lang) => formatNumber(value, lang);

/** "5 EC (140 hours)", or for hours: "84 hours, which is 3 EC at 28 hours per EC". */
function describe(size: InEc, lang: Lang): string {
  const hours = size.ec * HOURS_PER_EC;
  if(size.converted) {
    const stated = formatLoad(size.from.value.amount!, size.from.value.unit, lang);
    return lang === 'en' ? `${stated}, which is ${n(size.ec, lang)} EC at 28 hours per EC,` : `${stated}, dat is ${n(size.ec, lang)} EC bij 28 uur per EC,`;
  }
  return `${n(size.ec, lang)} EC (${formatLoad(hours, 'hours', lang)})`;
}

/** Universities may issue from 1 EC under the experimental space, for credentials issued 2025-05-01…2027-04-30. */
function experimental(ctx: RuleContext, ec: number): boolean {
  return ec >= experimentalMinEc && ec < minEc && ctx.institution.kind === 'wo' && experimentOn('wo-1-ec', ctx.issuedOn) !== null;
}

/** NL-HW-SIZE: 3 ≤ EC ≤ 30 (framework voorwaarde 1 [S22]); stated only in hours: converted at 28 h/EC, warn. */
export const hboWoSize: Rule = ctx => {
  const size = inEc(ctx.facts.workload);
  if(!size) {
    return result('fail', text('No study load in EC or hours is stated.', 'Er is geen studielast in EC of uren vermeld.'));
  }
  const what = (lang: Lang) => describe(size, lang);
  if(experimental(ctx, size.ec)) {
    return result('warn', both(lang => lang === 'en' ? `${what(lang)} is below 3 EC; universities may issue from 1 EC in the experimental space (1 May 2025 – 30 April 2027).` :
      `${what(lang)} is minder dan 3 EC; universiteiten mogen in de experimenteerruimte (1 mei 2025 – 30 april 2027) vanaf 1 EC uitgeven.`));
  }
  if(size.ec < minEc || size.ec > maxEc) {
    return result('fail', both(lang => lang === 'en' ? `${what(lang)} is outside the 3–30 EC of the hbo/wo framework.` :
      `${what(lang)} valt buiten de 3–30 EC van het kwaliteitskader hbo/wo.`));
  }
  return result(size.converted ? 'warn' : 'pass', both(lang => lang === 'en' ?
    `${what(lang)}${size.converted ? ' is' : ','} within the 3–30 EC of the hbo/wo framework${size.converted ? ', but stated in hours, not EC' : ''}.` :
    `${what(lang)}${size.converted ? ' valt' : ','} binnen de 3–30 EC van het kwaliteitskader hbo/wo${size.converted ? ', maar is in uren vermeld, niet in EC' : ''}.`));
};

/** NL-HW-SIZE-WO1: the experimental space for universities (addendum 2025–2027 [S22]). */
export const experimentalSpace: Rule = ctx => {
  const size = inEc(ctx.facts.workload);
  if(!size || size.ec >= minEc) {
    return result('info', text('Not needed: the experimental space (from 1 EC, universities only) is only for microcredentials below 3 EC.',
      'Niet nodig: de experimenteerruimte (vanaf 1 EC, alleen universiteiten) is alleen voor microcredentials kleiner dan 3 EC.'));
  }
  if(size.ec < experimentalMinEc) {
    return result('info', text('Does not apply: even the experimental space starts at 1 EC.', 'Geldt niet: ook de experimenteerruimte begint bij 1 EC.'));
  }
  if(experimental(ctx, size.ec)) {
    return result('warn', both(lang => lang === 'en' ? `Experimental: issued by a university (${ctx.institution.basis.en}) under the 1-EC experimental space of 1 May 2025 – 30 April 2027.` :
      `Experimenteel: uitgegeven door een universiteit (${ctx.institution.basis.nl}) binnen de experimenteerruimte vanaf 1 EC van 1 mei 2025 – 30 april 2027.`));
  }
  return result('info', notApplicable(ctx));
};

function notApplicable(ctx: RuleContext): Text {
  const kind = ctx.institution.kind;
  if(kind !== 'wo') {
    return kind ? both(lang => lang === 'en' ? `Does not apply: the experimental space is for universities only, and the issuer is ${kindName(kind).en} (${ctx.institution.basis.en}).` :
      `Geldt niet: de experimenteerruimte is alleen voor universiteiten, en de uitgever is ${kindName(kind).nl} (${ctx.institution.basis.nl}).`) :
      text('Does not apply: the experimental space is for universities only, and it is not known that the issuer is one.',
        'Geldt niet: de experimenteerruimte is alleen voor universiteiten, en het is niet bekend dat de uitgever er een is.');
  }
  const issued = ctx.issuedOn;
  return both(lang => lang === 'en' ? `Does not apply: the experimental space covers credentials issued 1 May 2025 – 30 April 2027${issued ? `; this one was issued on ${formatDay(issued, lang)}` : ''}.` :
    `Geldt niet: de experimenteerruimte geldt voor uitgifte van 1 mei 2025 tot en met 30 april 2027${issued ? `; dit is uitgegeven op ${formatDay(issued, lang)}` : ''}.`);
}

/** NL-HW-STEP: EC in steps of 0.5 — an edubadges/educredentials convention, not the framework's (W, [S20, S15]). */
export const halfEcSteps: Rule = ctx => {
  const size = inEc(ctx.facts.workload);
  if(!size || size.converted) {
    return result('info', text('Not checked: no study load in EC is stated.', 'Niet gecontroleerd: er is geen studielast in EC vermeld.'));
  }
  return Number.isInteger(size.ec / stepEc) ?
    result('pass', both(lang => lang === 'en' ? `${n(size.ec, lang)} EC is in steps of 0.5 EC.` : `${n(size.ec, lang)} EC is in stappen van 0,5 EC.`)) :
    result('warn', both(lang => lang === 'en' ? `${n(size.ec, lang)} EC is not in steps of 0.5 EC (a platform convention, not a framework requirement).` :
      `${n(size.ec, lang)} EC is niet in stappen van 0,5 EC (een afspraak van het platform, geen eis van het kwaliteitskader).`));
};
