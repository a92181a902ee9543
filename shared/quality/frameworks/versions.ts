/**
 * The Dutch microcredential frameworks as versioned data (standards.md §3.1, §3.3; edubadges.md §5).
 * A credential is judged against the version in force on its issuance date; windows are
 * inclusive calendar dates (Europe/Amsterdam dates compared as ISO date strings).
 */
export type FrameworkId = 'nl-hbo-wo' | 'nl-mbo';

export interface FrameworkVersion {
  framework: FrameworkId;
  version: string;
  /** The framework's own name, as issuers write it in the quality-assurance field. */
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
}

/** A time-limited exception inside a framework (the 2025–2027 experimental space). */
export interface Experiment {
  id: string;
  framework: FrameworkId;
  validFrom: string;
  validTo: string;
  source: string;
}

export const HBO_WO_NAME = 'Kwaliteitskader Microcredentials voor Professionals HBO en WO';
export const MBO_NAME = 'Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025';

export const FRAMEWORK_VERSIONS: readonly FrameworkVersion[] = [
  // Pilot framework of Vereniging Hogescholen + UNL, in force since the pilot began (Oct 2021) [S22, S23].
  {framework: 'nl-hbo-wo', version: '2021', name: HBO_WO_NAME, validFrom: '2021-10-01', validTo: null,
    source: 'standards.md §3.1 [S22, S23]'},
  // Npuls mbo pilot framework "2024 - 2025"; the pilot began early 2024 (exact day not in the sources,
  // so 1 January), and no later mbo text is in the sources (standards.md §6.2), so it stays in force.
  {framework: 'nl-mbo', version: '2024-2025', name: MBO_NAME, validFrom: '2024-01-01', validTo: null,
    source: 'standards.md §3.1 [S22, S24]'},
];

export const EXPERIMENTS: readonly Experiment[] = [
  // Addendum "experimenteerruimte" (UNL 4 Oct 2024, Npuls 13 Dec 2024, VH 7 Feb 2025): universities
  // may issue from 1 EC; hogescholen may also issue to professionals enrolled as initial students.
  {id: 'wo-1-ec', framework: 'nl-hbo-wo', validFrom: '2025-05-01', validTo: '2027-04-30', source: 'standards.md §3.1, NL-HW-SIZE-WO1 [S22]'},
];

/** Size limits (standards.md §3.3 NL-HW-SIZE, NL-HW-STEP, NL-MBO-SIZE; mission.md). */
export const SIZES = {
  'nl-hbo-wo': {minEc: 3, maxEc: 30, stepEc: 0.5, experimentalMinEc: 1},
  'nl-mbo': {minSbu: 80, guidelineSbu: 240, stepSbu: 80},
} as const;

/** Where the frameworks are published (edubadges.md §5); URLs compared without scheme, `www.` or trailing slash. */
export const FRAMEWORK_URLS: Record<FrameworkId, readonly string[]> = {
  'nl-hbo-wo': [
    'https://npuls.nl/doorbouwen-aan-microcredentials',
    'https://www.versnellingsplan.nl/en/Kennisbank/pilot-microcredentials-2/', // before migration 0121 (2026)
    'https://www.versnellingsplan.nl/Kennisbank/pilot-microcredentials/', // legacy alignment (before July 2024)
  ],
  'nl-mbo': ['https://npuls.nl/microcredentials-mbo/'],
};

/** The version in force on `date` (YYYY-MM-DD…), or null before the framework existed or without a date. */
export function versionOn(framework: FrameworkId, date: string | null): FrameworkVersion | null {
  const day = date?.slice(0, 10);
  const versions = FRAMEWORK_VERSIONS.filter(version => version.framework === framework);
  return versions.find(version => day !== undefined && within(day, version.validFrom, version.validTo)) ?? null;
}

/** The first version of a framework (used when the issuance date is unknown or earlier). */
export function firstVersion(framework: FrameworkId): FrameworkVersion {
  return FRAMEWORK_VERSIONS.find(version => version.framework === framework)!;
}

export function experimentOn(id: string, date: string | null): Experiment | null {
  const day = date?.slice(0, 10);
  const experiment = EXPERIMENTS.find(candidate => candidate.id === id) ?? null;
  return experiment && day !== undefined && within(day, experiment.validFrom, experiment.validTo) ? experiment : null;
}

export function within(day: string, from: string, to: string | null): boolean {
  return day >= from && (to === null || day <= to);
}

/** Which framework a quality-assurance name or URL names (standards.md §3.3 NL-HW-QA, NL-MBO-QA). */
export function frameworkNamed(name: string | null, url: string | null): FrameworkId | null {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  const bareUrl = (text: string) => normal(text).replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
  if(name && (normal(name) === normal(HBO_WO_NAME) || isLegacyFrameworkAlignment(name))) {
    return 'nl-hbo-wo';
  }
  // The mbo framework carries its years in its name; later editions keep the stem (glossary.md).
  if(name && normal(name).startsWith('kwaliteitskader voor pilot microcredentials mbo')) {
    return 'nl-mbo';
  }
  for(const framework of ['nl-hbo-wo', 'nl-mbo'] as const) {
    if(url && FRAMEWORK_URLS[framework].some(known => bareUrl(known) === bareUrl(url))) {
      return framework;
    }
  }
  return null;
}

/** Before July 2024 edubadges stored the framework as an alignment (standards.md §3.3 NL-HW-QA; migration 0115). */
export function isLegacyFrameworkAlignment(targetName: string | null): boolean {
  return targetName !== null && /microcredentials voor professionals/i.test(targetName);
}
