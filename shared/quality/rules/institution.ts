import {text, type Text} from '../../i18n/text.js';
import type {FrameworkId} from '../frameworks/versions.js';
import {within} from '../frameworks/versions.js';
import {result, type Rule, type RuleContext, type RuleResult} from '../frameworks/rule.js';
import {kindName} from '../institution.js';
import {both} from './words.js';

const SECTORS: Record<FrameworkId, {kinds: string[]; law: string; who: Text}> = {
  'nl-hbo-wo': {kinds: ['hbo', 'wo'], law: 'WHW', who: text('a Dutch hogeschool or university', 'een Nederlandse hogeschool of universiteit')},
  'nl-mbo': {kinds: ['mbo'], law: 'WEB', who: text('a Dutch mbo school', 'een Nederlandse mbo-instelling')},
};

/**
 * NL-HW-INST / NL-MBO-INST (standards.md §3.3; framework kwaliteitszorg 1–5 and mbo rules 1–6 [S22]).
 * On edubadges production the platform's word meets it: edubadges onboards only Dutch institutions
 * and only institutions enabled for microcredentials can mark a badge as one (edubadges.md §4–§5).
 * Anywhere else a trust-list record must say so: pilot participation for this framework on the
 * issuance date, or at least a recognition under the sector's law (WHW / WEB).
 */
export const institutionRule: Rule = ctx => {
  const sector = SECTORS[ctx.framework];
  const standing = ctx.standing;
  switch(standing.kind) {
  case 'platform':
    return onPlatform(ctx, standing.institution ?? '');
  case 'record':
    return onRecord(ctx, standing.name, standing.list);
  case 'not-recognised':
    return result('fail', both(lang => lang === 'en' ? `The issuer is not on a trust list as ${sector.who.en}; outside edubadges production that needs a trust-list record.` :
      `De uitgever staat niet op een lijst van erkende uitgevers als ${sector.who.nl}; buiten edubadges (productie) is daarvoor een vermelding op zo'n lijst nodig.`));
  case 'not-established':
    return result('fail', text('Who issued it is not established, so the institution requirement is not met.',
      'Wie het uitgaf staat niet vast, dus aan de eis voor de instelling is niet voldaan.'));
  default:
    return result('warn', both(lang => lang === 'en' ? `Whether the issuer is ${sector.who.en} could not be checked.` :
      `Of de uitgever ${sector.who.nl} is, kon niet worden gecontroleerd.`));
  }
};

function onPlatform(ctx: RuleContext, name: string): RuleResult {
  const sector = SECTORS[ctx.framework];
  const kind = ctx.institution.kind;
  const word = both(lang => lang === 'en' ? `${name || 'The institution'} issues it on edubadges production, which onboards only Dutch institutions and lets only institutions enabled for microcredentials mark a badge as one: met on the platform's word.` :
    `${name || 'De instelling'} geeft het uit via edubadges (productie), dat alleen Nederlandse instellingen toelaat en alleen instellingen die voor microcredentials zijn ingeschakeld een badge als microcredential laat markeren: voldaan op gezag van het platform.`);
  if(kind && !sector.kinds.includes(kind)) {
    return result('warn', both(lang => `${word[lang]} ${lang === 'en' ? `But it appears to be ${kindName(kind).en} (${ctx.institution.basis.en}).` :
      `Maar het lijkt ${kindName(kind).nl} te zijn (${ctx.institution.basis.nl}).`}`));
  }
  const kindNote = kind ? both(lang => lang === 'en' ? ` It is ${kindName(kind).en} (${ctx.institution.basis.en}).` :
    ` Het is ${kindName(kind).nl} (${ctx.institution.basis.nl}).`) : text('', '');
  return result('pass', both(lang => `${word[lang]}${kindNote[lang]}`));
}

function onRecord(ctx: RuleContext, name: string, list: string): RuleResult {
  const sector = SECTORS[ctx.framework];
  const record = ctx.standing.kind === 'record' ? ctx.standing.record : null;
  const day = ctx.issuedOn?.slice(0, 10) ?? null;
  const member = record?.frameworks?.find(entry => (entry.id === ctx.framework || (ctx.framework === 'nl-hbo-wo' && entry.id === 'nl-howo-mc')) &&
    (day === null || within(day, entry.validFrom?.slice(0, 10) ?? '0000', entry.validTo?.slice(0, 10) ?? null)));
  if(member) {
    return result('pass', both(lang => lang === 'en' ? `"${list}" lists ${name} as taking part in this framework's pilot.` :
      `"${list}" noemt ${name} als deelnemer aan de pilot van dit kwaliteitskader.`));
  }
  if(record?.recognition?.wet?.toUpperCase() === sector.law) {
    return result('warn', both(lang => lang === 'en' ? `"${list}" lists ${name} as an institution recognised under the ${sector.law}, but not as taking part in the microcredential pilot.` :
      `"${list}" noemt ${name} als erkende instelling onder de ${sector.law}, maar niet als deelnemer aan de pilot microcredentials.`));
  }
  return result('fail', both(lang => lang === 'en' ? `"${list}" recognises ${name}, but does not say it is ${sector.who.en} in the pilot.` :
    `"${list}" erkent ${name}, maar zegt niet dat het ${sector.who.nl} in de pilot is.`));
}
