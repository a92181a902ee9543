import type {FrameworkResult, Lang, Quality} from '../../types.js';
import {MANDATORY, type ElementId} from '../elements/ids.js';
import {elementLabel} from './elements.js';

const FRAMEWORK: Record<Lang, Record<FrameworkResult['id'], string>> = {
  en: {'nl-hbo-wo': 'the hbo/wo framework', 'nl-mbo': 'the mbo framework'},
  nl: {'nl-hbo-wo': 'het kwaliteitskader hbo/wo', 'nl-mbo': 'het kwaliteitskader mbo'},
};

/**
 * One line on what the credential is: "Microcredential: meets the hbo/wo framework", "Not a
 * microcredential". Says what it claims and whether it meets the framework — never that the
 * credential is recognised (mission.md).
 */
export function qualityHeadline(quality: Quality, lang: Lang): string {
  const nl = lang === 'nl';
  const claimed = quality.frameworks.filter(framework => framework.status !== 'not_claimed');
  if(!quality.microcredential) {
    // The reason is the first sentence of NL-ALL-01 ("Not a microcredential: <why>. <framework> does not apply.").
    const why = /^(?:Not a microcredential|Geen microcredential): (.*?)\.(?: |$)/.exec(quality.frameworks[0]?.rules[0]?.message ?? '')?.[1];
    return `${nl ? 'Geen microcredential' : 'Not a microcredential'}${why ? ` — ${why}` : ''}`;
  }
  if(claimed.length === 0) {
    return nl ? 'Microcredential, zonder Nederlands kwaliteitskader' : 'Microcredential, naming no Dutch framework';
  }
  return `Microcredential: ${claimed.map(framework => frameworkVerdict(framework, lang)).join(nl ? '; ' : '; ')}`;
}

function frameworkVerdict(framework: FrameworkResult, lang: Lang): string {
  const name = FRAMEWORK[lang][framework.id];
  const failed = framework.rules.filter(rule => rule.status === 'fail').length;
  if(framework.status === 'conformant') {
    return lang === 'nl' ? `voldoet aan ${name}` : `meets ${name}`;
  }
  return lang === 'nl' ? `voldoet niet aan ${name} (${failed} ${failed === 1 ? 'eis' : 'eisen'} niet gehaald)` :
    `does not meet ${name} (${failed} ${failed === 1 ? 'requirement' : 'requirements'} not met)`;
}

/** "EU standard elements: 9 of 11 required (missing: country of the issuer; not valid: level), 3 of 5 optional". */
export function elementsLine(quality: Quality, lang: Lang): string {
  const nl = lang === 'nl';
  const required = quality.elements.filter(element => MANDATORY.includes(element.id as ElementId));
  const optional = quality.elements.filter(element => !MANDATORY.includes(element.id as ElementId));
  const count = (elements: typeof required) => elements.filter(element => element.status === 'present').length;
  const list = (status: 'missing' | 'invalid') => required.filter(element => element.status === status).map(element => elementLabel(element.id, lang));
  const notes = [
    list('missing').length ? `${nl ? 'ontbreekt' : 'missing'}: ${list('missing').join(', ')}` : '',
    list('invalid').length ? `${nl ? 'ongeldig' : 'not valid'}: ${list('invalid').join(', ')}` : '',
  ].filter(Boolean).join('; ');
  return `${nl ? 'EU-standaardelementen' : 'EU standard elements'}: ${count(required)} ${nl ? 'van' : 'of'} 11 ${nl ? 'verplichte' : 'required'}` +
    `${notes ? ` (${notes})` : ''}, ${count(optional)} ${nl ? 'van' : 'of'} 5 ${nl ? 'optionele' : 'optional'}`;
}
