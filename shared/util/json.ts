/** Small readers for untrusted JSON: they return null instead of assuming a shape. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** A string, or the `id` of an object (JSON-LD lets most references be either). */
export function idOf(value: unknown): string | null {
  if(typeof value === 'string') {
    return value;
  }
  return isRecord(value) && typeof value.id === 'string' ? value.id : null;
}

/**
 * Plain text from a string or a JSON-LD language value (`{"@value": …, "@language": …}`,
 * or an array of them, VC DM 2.0 §11.1). Prefers `lang` when there is a choice.
 */
export function textOf(value: unknown, lang?: string): string | null {
  if(typeof value === 'string') {
    return value;
  }
  const values = asArray(value).filter(isRecord).filter(entry => typeof entry['@value'] === 'string');
  const preferred = values.find(entry => typeof entry['@language'] === 'string' && lang &&
    entry['@language'].toLowerCase().startsWith(lang)) ?? values[0];
  return preferred ? String(preferred['@value']) : null;
}

export function stringsOf(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === 'string');
}
