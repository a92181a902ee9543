import type {FrameworkResult, Lang, Quality, QualityElement, RuleStatus} from '../types.js';
import {clip} from './display.js';
import {Icon, type IconName} from './icon.js';
import {elementName, FRAMEWORK_NAMES, UI_WORDS} from './words.js';

interface Props {
  quality: Quality;
  lang: Lang;
  /**
   * How the issuing institution could supply a missing element (the learner preview passes
   * `fixHint`; passed in, so the widget does not carry those sentences).
   */
  hint?: Hint;
  /** Only what is missing or not met (the learner preview's "what is missing" list). */
  gapsOnly?: boolean;
}

export type Hint = (elementId: string, lang: Lang) => string | null;

const RULE_ICONS: Record<RuleStatus, IconName> = {pass: 'pass', fail: 'fail', warn: 'warn', info: 'info'};

/**
 * The quality scorecard: the Dutch framework rules a microcredential claims, with their
 * sentences, and the EU standard elements present or missing. It never changes the verdict
 * (design.md rule 7), so it sits apart from the checks.
 */
export function Scorecard({quality, lang, hint, gapsOnly = false}: Props) {
  const words = UI_WORDS[lang];
  const claimed = quality.frameworks.filter(framework => framework.status !== 'not_claimed');
  const required = quality.elements.filter(element => element.id.startsWith('EU-M'));
  const present = required.filter(element => element.status === 'present').length;
  const open = quality.microcredential || claimed.length > 0 || gapsOnly;
  const shown = (elements: QualityElement[]) => gapsOnly ? elements.filter(element => element.status !== 'present') : elements;
  // Why it is not a microcredential, when the rules say (e.g. "edubadges marks it as a regular edubadge").
  const why = quality.frameworks.flatMap(framework => framework.rules).find(rule => rule.id === 'NL-ALL-01' && rule.status !== 'pass');
  return (
    <div class="scorecard" part="scorecard">
      <p class="section-title">{words.quality}</p>
      {claimed.length === 0 && !quality.microcredential && <p class="muted">{why?.message ?? words.notMicro}</p>}
      {claimed.map(framework => <Framework key={framework.id} framework={framework} lang={lang} gapsOnly={gapsOnly}/>)}
      <details class="elements" open={open}>
        <summary>{words.euElements}: {words.requiredCount(present, required.length)}</summary>
        <ElementGroup title={words.required} elements={shown(required)} lang={lang} hint={hint}/>
        <ElementGroup title={words.optional} elements={shown(quality.elements.filter(element => element.id.startsWith('EU-O')))}
          lang={lang} hint={hint}/>
      </details>
    </div>
  );
}

function Framework({framework, lang, gapsOnly}: {framework: FrameworkResult; lang: Lang; gapsOnly: boolean}) {
  const words = UI_WORDS[lang];
  const conformant = framework.status === 'conformant';
  const rules = framework.rules.filter(rule => !gapsOnly || rule.status === 'fail' || rule.status === 'warn');
  return (
    <div class="framework" data-framework={framework.id} data-status={framework.status}>
      <p class={`framework-status status-${conformant ? 'pass' : 'fail'}`}>
        <Icon name={conformant ? 'pass' : 'fail'}/>
        <span>{words.microUnder(FRAMEWORK_NAMES[framework.id] ?? framework.id)}: {conformant ? words.frameworkConformant : words.frameworkNonConformant}</span>
      </p>
      {rules.length > 0 && <ul class="rules">
        {rules.map(rule => (
          <li key={rule.id} class={`rule status-${rule.status}`} data-rule={rule.id}>
            <Icon name={RULE_ICONS[rule.status] ?? 'info'}/>
            <span><span class="rule-status">{words.ruleStatus[rule.status] ?? rule.status}</span>{': '}{rule.message}</span>
          </li>
        ))}
      </ul>}
    </div>
  );
}

function ElementGroup({title, elements, lang, hint}: {title: string; elements: QualityElement[]; lang: Lang; hint?: Hint}) {
  const words = UI_WORDS[lang];
  if(elements.length === 0) {
    return null;
  }
  return (
    <div class="element-group">
      <p class="group-title">{title}</p>
      <ul class="elements-list">
        {elements.map(element => {
          const optional = element.id.startsWith('EU-O');
          const icon: IconName = element.status === 'present' ? 'pass' : element.status === 'invalid' ? 'warn' : optional ? 'skipped' : 'fail';
          const fix = hint && element.status !== 'present' ? hint(element.id, lang) : null;
          return (
            <li key={element.id} class={`element status-${element.status}`} data-element={element.id} data-status={element.status}>
              <Icon name={icon}/>
              <span class="element-text">
                <span class="element-name">{elementName(element.id, lang)}</span>
                {': '}
                {element.status === 'present' ? <span class="element-value">{clip(element.value ?? '', 160)}</span> :
                  <span class="element-missing">{element.status === 'invalid' ? words.invalidValue : words.missing}</span>}
                {fix && <span class="hint">{fix}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
