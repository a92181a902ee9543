import {asArray, isRecord} from '../../util/json.js';

/** The value at `path` (keys and array indexes) inside untrusted JSON, or undefined. */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let here: unknown = value;
  for(const step of path) {
    if(typeof step === 'number') {
      here = asArray(here)[step];
    } else {
      here = isRecord(here) ? here[step] : undefined;
    }
  }
  return here;
}

/** A non-empty trimmed string, or null. Numbers are given as text (EQF `4`, BRIN codes). */
export function str(value: unknown): string | null {
  if(typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Text from a plain string, a JSON-LD value object, or an ELM language map
 * (`{"en": "…"}` or `{"en": ["…"]}`, ELM v3 `LangString`): English or Dutch first, else any.
 */
export function langText(value: unknown): string | null {
  const direct = str(value);
  if(direct) {
    return direct;
  }
  for(const entry of asArray(value)) {
    if(!isRecord(entry)) {
      continue;
    }
    const literal = str(entry['@value']);
    if(literal) {
      return literal;
    }
    const keys = ['en', 'nl', ...Object.keys(entry)];
    for(const key of keys) {
      const text = asArray(entry[key]).map(str).find(Boolean);
      if(text) {
        return text;
      }
    }
  }
  return null;
}

/** A boolean, also from the strings `"true"`/`"false"`. */
export function bool(value: unknown): boolean | null {
  if(typeof value === 'boolean') {
    return value;
  }
  return value === 'true' ? true : value === 'false' ? false : null;
}

/** A number from a JSON number or a numeric string (`"2"`, `"2,5"`), else null. */
export function num(value: unknown): number | null {
  if(typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if(typeof value === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(value)) {
    return Number(value.trim().replace(',', '.'));
  }
  return null;
}

/** Comma-joined codes (edubadges `participation`, `assessmentType`) or an array, as a list. */
export function codes(value: unknown): string[] {
  return asArray(value).flatMap(entry => typeof entry === 'string' ? entry.split(',') : [])
    .map(code => code.trim()).filter(Boolean);
}
