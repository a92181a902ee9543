import {TRUST_NL} from '../../trust/messages/nl.js';
import type {Catalogue} from './catalogue.js';

export const NL: Catalogue = {
  well_formed: () => 'Het is een goed opgebouwd certificaat.',
  malformed: p => `Dit is geen leesbaar certificaat: ${p.reason}.`,
  too_large: p => `Deze invoer is te groot voor een certificaat: ${p.reason}.`,
  unsupported_format: p => `Dit soort certificaat of handtekening (${p.kinds || 'onbekend'}) kunnen we nog niet controleren.`,
  context_not_allowed: p => `Het certificaat gebruikt JSON-LD-contexten die we niet van internet laden (${p.contexts}), dus we kunnen het niet controleren.`,
  not_an_award: () => 'Dit beschrijft een opleiding of badge, geen uitreiking aan een persoon.',
  platform_not_verifiable: p => `${p.platform} toont certificaten op eigen webpagina's, maar publiceert geen gegevens die onafhankelijk te controleren zijn.`,
  seal_not_checkable: () => 'Europass-certificaten hebben een eIDAS-elektronisch zegel (JAdES) dat tegen de EU-vertrouwenslijsten wordt gecontroleerd; ' +
    'geen onderhouden JavaScript-bibliotheek kan zo\'n zegel controleren, dus dit zegel is niet gecontroleerd. De Europass-viewer van de EU kan dat wel.',
  hosted_verified: p => `De uitgever biedt dit certificaat aan op zijn eigen adres (${p.url}), via https.`,
  hosted_id_mismatch: p => `Het certificaat zegt dat het op ${p.id} staat, maar het kwam van ${p.url}.`,
  hosted_origin_match: p => `Het staat op de plek waar de uitgever (${p.issuer}) zijn certificaten publiceert.`,
  signature_valid: () => 'Het certificaat is niet gewijzigd sinds het werd ondertekend.',
  invalid_signature: () => 'De handtekening klopt niet: het certificaat is na ondertekening gewijzigd, of de handtekening is kapot.',
  no_proof: () => 'Het certificaat heeft geen handtekening, dus we kunnen het niet controleren.',
  key_not_found: () => 'De sleutel waarmee is ondertekend staat niet waar het certificaat zegt (zie de technische details).',
  not_found: () => 'Het certificaat staat niet op zijn adres: het is privé of verwijderd. De eigenaar moet het openbaar maken.',
  issuer_key_match: p => `Het is ondertekend met een sleutel van de uitgever (${p.issuer}).`,
  issuer_key_mismatch: p => p.unlisted ? `De handtekening is geldig, maar de uitgever (${p.issuer}) noemt deze sleutel niet voor uitgifte.` :
    `De handtekening is geldig, maar de sleutel is van ${p.controller}, niet van de uitgever (${p.issuer}).`,
  hosted_origin_mismatch: p => `Het certificaat staat op ${p.host}, en de uitgever (${p.issuer}) noemt dat niet als plek voor zijn certificaten.`,
  not_revoked: () => 'De uitgever heeft het niet ingetrokken of opgeschort.',
  revoked: p => `De uitgever heeft dit certificaat ingetrokken${p.reason ? ` (${p.reason})` : ''}.`,
  suspended: () => 'De uitgever heeft dit certificaat opgeschort.',
  status_unreachable: p => `We konden niet nagaan of het is ingetrokken: ${p.reason}.`,
  no_status_method: () => 'Het certificaat noemt geen manier om het in te trekken.',
  within_validity: p => p.date ? `Het is geldig tot ${p.date}.` : 'Het heeft geen einddatum.',
  expired: p => `Het is verlopen op ${p.date}.`,
  not_yet_valid: p => `Het is pas geldig vanaf ${p.date}.`,
  ...TRUST_NL,
  recipient_match: () => 'Het is aan deze persoon uitgegeven.',
  recipient_mismatch: () => 'Het is niet aan deze persoon uitgegeven.',
  recipient_not_checkable: p => p.eduid ? 'edubadges legt de ontvanger vast als versleuteld eduID-pseudoniem dat alleen edubadges kent; een e-mailadres is daar niet mee te vergelijken.' :
    'Het certificaat zegt niet in vergelijkbare vorm aan wie het is uitgegeven.',
  not_requested: () => 'Er is geen ontvanger opgegeven om mee te vergelijken.',
  network_error: p => `Het ${p.what === 'key' ? 'sleuteldocument' : 'document'} kon niet worden opgehaald${p.url ? ` van ${hostOf(p.url)}` : ''}.`,
  timeout: p => `Het ${p.what === 'key' ? 'sleuteldocument' : 'document'} kwam niet op tijd binnen.`,
  private_network_blocked: () => 'Het document staat op een privé-netwerkadres; daar maken we nooit verbinding mee.',
  offline: () => 'Hiervoor is het netwerk nodig, en we werken offline.',
  internal_error: () => 'Er ging iets mis in de verifier bij deze controle.',
  not_checked: {
    integrity: () => 'De handtekening is niet gecontroleerd, omdat het certificaat niet leesbaar is.',
    issuer: () => 'Wie het ondertekende staat niet vast, omdat de handtekening niet klopt of niet te controleren is.',
    status: () => 'Intrekking is niet gecontroleerd, omdat de handtekening niet klopt of niet te controleren is.',
    validity: () => 'De datums zijn niet leesbaar.',
    trust: () => 'Of de uitgever erkend is, is niet gecontroleerd, omdat niet vaststaat wie het ondertekende.',
  },
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
}
