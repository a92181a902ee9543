/** Dates from untrusted JSON, as ISO strings or null. */

/** A JWT NumericDate (seconds since the epoch, RFC 7519 §2) as ISO 8601; absurd values are ignored. */
export function fromNumericDate(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e11 ? new Date(value * 1000).toISOString() : null;
}

/** A string that parses as a date, else null. */
export function dateOf(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** The earlier (`pick = 'earlier'`) or later of two optional dates. */
export function pickDate(a: string | null, b: string | null, pick: 'earlier' | 'later'): string | null {
  if(a === null || b === null) {
    return a ?? b;
  }
  const aFirst = Date.parse(a) <= Date.parse(b);
  return (pick === 'earlier') === aFirst ? a : b;
}
