import {isRecord} from '../../util/json.js';
import type {Found} from '../facts.js';

type Doc = Record<string, unknown> | undefined;

/**
 * An edubadges extension value (edubadges.md §7): `extensions:<Name>.<Key>` on the badge class,
 * the issuer, or — in assertions baked before 2022 — on the assertion itself. Read by JSON
 * property name, never by JSON-LD (the extension contexts do not dereference). The 2019–2020
 * pilot shape without the `extensions:` prefix, and its lower-case keys, are read too.
 */
export function extension(docs: [role: string, doc: Doc][], name: string, key: string, legacyNames: string[] = []): Found<unknown> | null {
  for(const [role, doc] of docs) {
    if(!doc) {
      continue;
    }
    for(const property of [`extensions:${name}`, name, ...legacyNames]) {
      const holder = doc[property];
      if(!isRecord(holder)) {
        continue;
      }
      for(const valueKey of [key, key.charAt(0).toLowerCase() + key.slice(1)]) {
        if(holder[valueKey] !== undefined && holder[valueKey] !== null) {
          return {value: holder[valueKey], source: `${role}.${property}.${valueKey}`};
        }
      }
    }
  }
  return null;
}
