/** The 16 EU standard elements (Council Recommendation 2022/C 243/02, Annex I; standards.md §1.1), in report order. */
export const ELEMENT_IDS = [
  'EU-M1', 'EU-M2', 'EU-M3', 'EU-M4', 'EU-M5', 'EU-M6', 'EU-M7', 'EU-M8', 'EU-M9', 'EU-M10', 'EU-M11',
  'EU-O1', 'EU-O2', 'EU-O3', 'EU-O4', 'EU-O5',
] as const;

export type ElementId = typeof ELEMENT_IDS[number];

export const MANDATORY: readonly ElementId[] = ELEMENT_IDS.slice(0, 11);
