import {text} from '../../i18n/text.js';
import {experimentOn, firstVersion, type FrameworkId} from '../frameworks/versions.js';
import {result, type Rule} from '../frameworks/rule.js';
import {formatDay} from '../i18n/dates.js';
import {both, FRAMEWORK_NAMES} from './words.js';

/** NL-HW-TARGET: for professionals; not visible in a credential (I; addendum [S22], [S26]). */
export const targetGroup: Rule = ctx => {
  const base = text('Meant for professionals (lifelong learning); whether the learner was one is not visible in the credential.',
    'Bedoeld voor professionals (leven lang ontwikkelen); of de lerende dat was, is niet te zien in het certificaat.');
  if(!experimentOn('wo-1-ec', ctx.issuedOn)) {
    return result('info', base);
  }
  return result('info', both(lang => `${base[lang]} ${lang === 'en' ?
    'From 1 May 2025 to 30 April 2027 hogescholen may also issue it to professionals enrolled as initial students.' :
    'Van 1 mei 2025 tot en met 30 april 2027 mogen hogescholen het ook uitgeven aan professionals die als initiële student zijn ingeschreven.'}`));
};

/** NL-HW-ENTRY: target group, prior knowledge and admission requirements stated (I, voorwaarde 3 [S22]). */
export const entryRequirements: Rule = ctx => result('info', ctx.elements.get('EU-O1')?.status === 'present' ?
  text('Entry requirements are stated.', 'Toelatingseisen zijn vermeld.') :
  text('Target group and entry requirements are not stated in the credential.', 'Doelgroep en toelatingseisen staan niet in het certificaat.'));

/**
 * NL-HW-RECOG: what institutions agreed to do with it (I, voorwaarde 6 [S22]). Never says the
 * credential is recognised or grants an exemption (mission.md): that is an examination board's decision.
 */
export const recognitionAgreement: Rule = () => result('info', text(
  'Institutions in the national agreement consider these learning outcomes; any exemption is decided by the examination board of the receiving institution.',
  'Instellingen in de landelijke afspraak nemen deze leeruitkomsten in overweging; over een vrijstelling beslist de examencommissie van de ontvangende instelling.'));

/** Which version of the framework was applied, evaluated at the issuance date (an informational rule, contract §2). */
export function versionApplied(framework: FrameworkId): Rule {
  return ctx => {
    const name = FRAMEWORK_NAMES[framework];
    const first = firstVersion(framework);
    const version = ctx.version ?? first;
    const experiment = framework === 'nl-hbo-wo' && experimentOn('wo-1-ec', ctx.issuedOn);
    return result('info', both(lang => {
      const from = formatDay(version.validFrom, lang);
      if(!ctx.issuedOn) {
        return lang === 'en' ? `The issue date is unknown; judged against ${name.en} as in force from ${from}.` :
          `De datum van uitgifte is onbekend; beoordeeld volgens ${name.nl} zoals geldig vanaf ${from}.`;
      }
      const day = formatDay(ctx.issuedOn, lang);
      if(!ctx.version) {
        return lang === 'en' ? `Issued on ${day}, before ${name.en} took effect (${from}); judged against its first version.` :
          `Uitgegeven op ${day}, vóór ${name.nl} van kracht werd (${from}); beoordeeld volgens de eerste versie.`;
      }
      const extra = experiment ? (lang === 'en' ? ', with the experimental space of 2025–2027' : ', met de experimenteerruimte van 2025–2027') : '';
      return lang === 'en' ? `Judged against ${name.en} (version ${version.version}${extra}) as in force on ${day}, the issue date.` :
        `Beoordeeld volgens ${name.nl} (versie ${version.version}${extra}) zoals geldig op ${day}, de datum van uitgifte.`;
    }));
  };
}
