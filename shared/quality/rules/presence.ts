import {text, type Text} from '../../i18n/text.js';
import type {Lang} from '../../types.js';
import type {ElementId} from '../elements/ids.js';
import {ASSESSMENT, lookup} from '../elements/vocabularies.js';
import {result, type Rule, type RuleContext} from '../frameworks/rule.js';
import {both} from './words.js';

type Describe = (ctx: RuleContext, lang: Lang) => string | null;

/**
 * Rules that need an EU element to be present (standards.md §3.3): learning outcomes (NL-HW-LO,
 * NL-MBO-LO), study load with a unit (NL-HW-LOAD) and type of assessment (NL-HW-ASSESS,
 * NL-MBO-ASSESS). Their quality (wording, validity of the assessment) is for a person to judge.
 */
function presenceRule(element: ElementId, what: Text, note: Text | null, invalidStatus: 'fail' | 'warn', describe: Describe): Rule {
  return ctx => {
    const found = ctx.elements.get(element);
    if(found?.status === 'present') {
      return result('pass', both(lang => {
        const value = describe(ctx, lang);
        const said = lang === 'en' ? `${capital(what.en)} ${value ? `stated: ${value}.` : 'are stated.'}` :
          `${capital(what.nl)} ${value ? `vermeld: ${value}.` : 'zijn vermeld.'}`;
        return note ? `${said} ${note[lang]}` : said;
      }));
    }
    if(found?.status === 'invalid') {
      return result(invalidStatus, both(lang => lang === 'en' ? `The ${what.en} given ("${found.value}") is not in a form we know.` :
        `De vermelde ${what.nl} ("${found.value}") heeft geen vorm die we kennen.`));
    }
    return result('fail', both(lang => lang === 'en' ? `No ${what.en} stated; the framework requires this.` :
      `Geen ${what.nl} vermeld; het kwaliteitskader vereist dat.`));
  };
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

const assessmentWords: Describe = (ctx, lang) =>
  ctx.facts.assessment?.value.codes.map(code => lookup(ASSESSMENT, code)?.[lang] ?? code).join(', ') ?? null;

export const learningOutcomesStated = presenceRule('EU-M6', text('learning outcomes', 'leeruitkomsten'),
  text('Whether they are well worded is for a person to judge.', 'Of ze goed geformuleerd zijn, beoordeelt een mens.'), 'fail', () => null);

export const studyLoadStated = presenceRule('EU-M7', text('study load', 'studielast'), null, 'fail',
  ctx => ctx.elements.get('EU-M7')?.value ?? null);

export const assessmentStated = presenceRule('EU-M9', text('type of assessment', 'toetsvorm'),
  text('Whether the assessment is valid and reliable is for a person to judge.', 'Of de toetsing valide en betrouwbaar is, beoordeelt een mens.'),
  'warn', assessmentWords);
