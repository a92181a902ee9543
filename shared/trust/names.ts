/**
 * Organisation names compared as people write them: case, accents, punctuation and spacing do not
 * matter ("Hanzehogeschool  Groningen" = "hanzehogeschool groningen"); anything else does.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}
