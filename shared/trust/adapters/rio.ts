import type {TrustList} from '../../types.js';
import {asArray, isRecord} from '../../util/json.js';
import type {NlTrustRecord, Sector} from '../record.js';

const text = (value: unknown): string | undefined => typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** One RIO onderwijsinstellingserkenning (`bRIN4`, `volledigeNaam`, `wet`, …), a list of them, or a HAL page. */
export function isRioRecords(value: unknown): boolean {
  return rioEntries(value).length > 0;
}

function rioEntries(value: unknown): Record<string, unknown>[] {
  const embedded = isRecord(value) && isRecord(value._embedded) ? Object.values(value._embedded).flatMap(asArray) : asArray(value);
  return embedded.filter((entry): entry is Record<string, unknown> => isRecord(entry) && typeof entry.bRIN4 === 'string');
}

/**
 * RIO institution recognitions as a trust list (standards.md §4.3 [S35–S38]): name, BRIN and the
 * recognition's law and dates. RIO binds no key, DID or web origin to an institution, so these
 * records never recognise an issuer by themselves: the `trust` check reads them by BRIN to name an
 * institution that a key-bound record or a vouching platform pointed at. `wet` WHW is hbo/wo, WEB
 * is mbo (values not confirmed against live data, standards.md §6.6). An `einddatum` ends the record.
 */
export function fromRioRecords(value: unknown, name = 'RIO (DUO) institution recognitions'): TrustList {
  const records: NlTrustRecord[] = rioEntries(value).map(entry => {
    const wet = text(entry.wet)?.toUpperCase();
    const sector: Sector | undefined = wet === 'WEB' ? 'mbo' : undefined; // WHW covers both hbo and wo
    const end = text(entry.einddatum) ?? null;
    return {
      subject: {},
      organisation: {legalName: text(entry.volledigeNaam) ?? text(entry.verkorteNaam), country: 'NL',
        identifiers: [{scheme: 'BRIN', value: String(entry.bRIN4).toUpperCase()}], ...(sector ? {sector} : {})},
      recognition: {source: 'RIO', wet, validFrom: text(entry.ingangsdatum) ?? text(entry.startdatum) ?? null, validTo: end},
      validUntil: end,
      provenance: {source: 'rio', signatureVerified: false, note: text(entry.uri) ?? text(isRecord(entry._links) ? (entry._links.self as Record<string, unknown> | undefined)?.href : undefined)},
    };
  });
  return {name, publisher: 'DUO (Registratie Instellingen en Opleidingen)', version: '', validUntil: null, records};
}
