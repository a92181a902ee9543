import {asArray, isRecord} from '../../util/json.js';
import type {Found, QualityAssurance} from '../facts.js';
import {frameworkNamed, isLegacyFrameworkAlignment} from '../frameworks/versions.js';
import {str} from './json-path.js';

type Alignment = Record<string, unknown>;
const PATH = 'credentialSubject.achievement.alignment';

function alignments(achievement: Record<string, unknown>): [number, Alignment][] {
  return asArray(achievement.alignment).map((entry, index) => [index, entry] as [number, unknown])
    .filter((pair): pair is [number, Alignment] => isRecord(pair[1]));
}

/**
 * EQF level as an alignment (OB 3.0 has no level field, standards.md §1.3 M8): educredentials
 * `ext:EQF`, the edubadges wiki `ext:EQFLevel`, the server's `ext:{framework}Alignment` with an EQF
 * framework, or any alignment pointing at the EU EQF concept URI.
 */
export function eqfAlignment(achievement: Record<string, unknown>): Found<unknown> | null {
  for(const [index, alignment] of alignments(achievement)) {
    const type = str(alignment.targetType) ?? '';
    const framework = str(alignment.targetFramework) ?? '';
    const url = str(alignment.targetUrl) ?? '';
    const isEqf = /^ext:EQF(Level)?$/i.test(type) || (/^ext:.*Alignment$/.test(type) && /\bEQF\b/i.test(framework + type)) ||
      /data\.europa\.eu\/snb\/eqf\/\d/.test(url);
    if(isEqf) {
      const code = str(alignment.targetCode);
      return code ? {value: code, source: `${PATH}[${index}].targetCode`} :
        {value: str(alignment.targetName) ?? url, source: `${PATH}[${index}].${alignment.targetName ? 'targetName' : 'targetUrl'}`};
    }
  }
  return null;
}

/**
 * Quality assurance as an alignment: educredentials `ext:QualityAssurance`, or an alignment that
 * names one of the Dutch frameworks (the server variant's `ext:{framework}Alignment`, the
 * pre-2024 edubadges alignment).
 */
export function qaAlignment(achievement: Record<string, unknown>): Found<QualityAssurance> | null {
  for(const [index, alignment] of alignments(achievement)) {
    const name = str(alignment.targetName);
    const url = str(alignment.targetUrl);
    if(str(alignment.targetType) === 'ext:QualityAssurance' || isLegacyFrameworkAlignment(name) || frameworkNamed(name, url)) {
      return {value: {name, url}, source: `${PATH}[${index}].targetName`};
    }
  }
  return null;
}

/** Competencies and skills aligned to the achievement (standards.md §1.3 M6, OB 3.0 practice). */
export function competencyAlignments(achievement: Record<string, unknown>): Found<string> | null {
  const names = alignments(achievement)
    .filter(([, alignment]) => /^(ceasn:Competency|CFItem|ext:LearningOutcome)$/.test(str(alignment.targetType) ?? ''))
    .map(([, alignment]) => str(alignment.targetName)).filter((name): name is string => name !== null);
  return names.length ? {value: names.join('; '), source: `${PATH}[targetType=ceasn:Competency].targetName`} : null;
}
