import {experimentalSpace, halfEcSteps, hboWoSize} from '../rules/hbo-wo-size.js';
import {entryRequirements, recognitionAgreement, targetGroup, versionApplied} from '../rules/informational.js';
import {institutionRule} from '../rules/institution.js';
import {hboWoLevel, mboLevel} from '../rules/level.js';
import {microcredentialMarked} from '../rules/marker.js';
import {mboSize, mboUnit} from '../rules/mbo-size.js';
import {assessmentStated, learningOutcomesStated, studyLoadStated} from '../rules/presence.js';
import {qualityAssuranceNamed} from '../rules/quality-assurance.js';
import {notRevoked, unlimitedValidity} from '../rules/validity.js';
import type {RuleSpec} from './rule.js';
import type {FrameworkId} from './versions.js';

/**
 * The rule catalogue of standards.md §3.3, in report order, with severity (E fails the framework
 * claim, W warns, I informs) and source. `NL-HW-VERSION` / `NL-MBO-VERSION` are informational rules
 * we add (contract §2 allows them): which framework version was applied.
 */
export const CATALOGUE: Record<FrameworkId, readonly RuleSpec[]> = {
  'nl-hbo-wo': [
    {id: 'NL-ALL-01', severity: 'E', source: '[S10, S21]', check: microcredentialMarked},
    {id: 'NL-HW-QA', severity: 'E', source: '[S22, S10]', check: qualityAssuranceNamed},
    {id: 'NL-HW-SIZE', severity: 'E', source: 'framework voorwaarde 1 [S22]', check: hboWoSize},
    {id: 'NL-HW-SIZE-WO1', severity: 'W', source: 'addendum 2025–2027 [S22]; [S20]', check: experimentalSpace},
    {id: 'NL-HW-STEP', severity: 'W', source: '[S20, S15]', check: halfEcSteps},
    {id: 'NL-HW-LO', severity: 'E', source: 'voorwaarde 5 + aanvulling [S22]', check: learningOutcomesStated},
    {id: 'NL-HW-LEVEL', severity: 'E', source: 'aanvulling niveau [S22]', check: hboWoLevel},
    {id: 'NL-HW-LOAD', severity: 'E', source: 'aanvulling omvang [S22]', check: studyLoadStated},
    {id: 'NL-HW-ASSESS', severity: 'E', source: 'voorwaarde 7 [S22]', check: assessmentStated},
    {id: 'NL-HW-INST', severity: 'E', source: 'kwaliteitszorg 1–5, pilot pages [S22, S23]', check: institutionRule},
    {id: 'NL-HW-TARGET', severity: 'I', source: 'addendum [S22], [S26]', check: targetGroup},
    {id: 'NL-HW-ENTRY', severity: 'I', source: 'voorwaarde 3 [S22]', check: entryRequirements},
    {id: 'NL-HW-RECOG', severity: 'I', source: 'voorwaarde 6 [S22]', check: recognitionAgreement},
    {id: 'NL-ALL-VALID', severity: 'W', source: '[S25]', check: unlimitedValidity},
    {id: 'NL-ALL-REVOKED', severity: 'E', source: '[S10, S12]', check: notRevoked},
    {id: 'NL-HW-VERSION', severity: 'I', source: 'standards.md §3.3 (versions)', check: versionApplied('nl-hbo-wo')},
  ],
  'nl-mbo': [
    {id: 'NL-ALL-01', severity: 'E', source: '[S10, S21]', check: microcredentialMarked},
    {id: 'NL-MBO-QA', severity: 'E', source: '[S22]', check: qualityAssuranceNamed},
    {id: 'NL-MBO-SIZE', severity: 'E', source: 'regel 12 + voetnoot 3 [S22]; [S20]', check: mboSize},
    {id: 'NL-MBO-UNIT', severity: 'W', source: '[S22, S20]', check: mboUnit},
    {id: 'NL-MBO-LEVEL', severity: 'E', source: 'regel 9 [S22], [S29]', check: mboLevel},
    {id: 'NL-MBO-INST', severity: 'E', source: 'regels 1–6 [S22]', check: institutionRule},
    {id: 'NL-MBO-ASSESS', severity: 'E', source: 'regel 11 [S22]', check: assessmentStated},
    {id: 'NL-MBO-LO', severity: 'E', source: 'regel 9 [S22]', check: learningOutcomesStated},
    {id: 'NL-ALL-VALID', severity: 'W', source: '[S25]', check: unlimitedValidity},
    {id: 'NL-ALL-REVOKED', severity: 'E', source: '[S10, S12]', check: notRevoked},
    {id: 'NL-MBO-VERSION', severity: 'I', source: 'standards.md §3.3 (versions)', check: versionApplied('nl-mbo')},
  ],
};
