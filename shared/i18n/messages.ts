import type {Code} from '../codes.js';
import {TRUST_MESSAGES} from '../trust/messages.js';
import type {CheckId, Lang} from '../types.js';

type Params = Partial<Record<string, string>>;
type Template = (p: Params) => string;
type Catalogue = Partial<Record<Exclude<Code, 'not_checked'>, Template>> & {not_checked: Partial<Record<CheckId, Template>>};

/**
 * One sentence per (check, code), in plain language (glossary.md). Credential content quoted here
 * is rendered as text by every front end; messages never contain markup.
 */
const EN: Catalogue = {
  well_formed: () => 'It is a well-formed credential.',
  malformed: p => `This is not a readable credential: ${p.reason}.`,
  too_large: p => `This input is too large to be a credential: ${p.reason}.`,
  unsupported_format: p => `This kind of credential or proof (${p.kinds || 'unknown'}) cannot be checked yet.`,
  context_not_allowed: p => `The credential relies on JSON-LD contexts we do not load from the internet (${p.contexts}), so it cannot be checked.`,
  not_an_award: () => 'This describes a course or badge, not an award to a person.',
  platform_not_verifiable: p => `${p.platform} shows certificates on its own web pages but publishes no data that can be verified independently.`,
  seal_not_checkable: () => 'Europass credentials are sealed with an eIDAS electronic seal (JAdES) that is checked against the EU trusted lists; ' +
    'no maintained JavaScript library can validate such a seal, so this one was not checked. The EU Europass viewer can check it.',
  hosted_verified: p => `The issuer serves this credential from its own address (${p.url}), over https.`,
  hosted_id_mismatch: p => `The credential says it lives at ${p.id}, but it was served from ${p.url}.`,
  hosted_origin_match: p => `It is hosted where its issuer (${p.issuer}) publishes its credentials.`,
  signature_valid: () => 'The credential has not been changed since it was signed.',
  invalid_signature: () => 'The signature does not match: the credential was changed after it was signed, or the signature is broken.',
  no_proof: () => 'The credential carries no signature, so it cannot be checked.',
  key_not_found: p => `The signing key could not be found where the credential says it is: ${p.reason}.`,
  not_found: () => 'The credential was not found at its address: it is private or was removed. The holder has to make it public.',
  issuer_key_match: p => `It was signed with a key that belongs to the issuer (${p.issuer}).`,
  issuer_key_mismatch: p => p.unlisted ? `The signature is valid, but the issuer (${p.issuer}) does not list this key for issuing.` :
    `The signature is valid, but the signing key belongs to ${p.controller}, not to the issuer (${p.issuer}).`,
  hosted_origin_mismatch: p => `The credential is hosted at ${p.host}, which its issuer (${p.issuer}) does not name as a place for its credentials.`,
  not_revoked: () => 'The issuer has not revoked or suspended it.',
  revoked: p => `The issuer has revoked this credential${p.reason ? ` (${p.reason})` : ''}.`,
  suspended: () => 'The issuer has suspended this credential.',
  status_unreachable: p => `We could not check whether it was revoked: ${p.reason}.`,
  no_status_method: () => 'The credential names no way to revoke it.',
  within_validity: p => p.date ? `It is valid until ${p.date}.` : 'It has no end date.',
  expired: p => `It expired on ${p.date}.`,
  not_yet_valid: p => `It is not valid before ${p.date}.`,
  ...TRUST_MESSAGES.en,
  recipient_match: () => 'It was issued to this person.',
  recipient_mismatch: () => 'It was not issued to this person.',
  recipient_not_checkable: p => p.eduid ? 'edubadges records the recipient as a hashed eduID pseudonym that only edubadges knows, so no e-mail address can be matched against it.' :
    'The credential does not say who received it in a form we can compare.',
  not_requested: () => 'No recipient was given to compare with.',
  network_error: p => `The ${p.what || 'document'} could not be fetched (${p.reason}).`,
  timeout: p => `The ${p.what || 'document'} did not arrive in time.`,
  private_network_blocked: p => `The ${p.what || 'document'} is on a private network address, which we never contact.`,
  offline: () => 'This needs the network, and we are offline.',
  internal_error: () => 'Something went wrong inside the verifier while checking this.',
  not_checked: {
    integrity: () => 'The signature was not checked, because the credential could not be read.',
    issuer: () => 'Who signed it is not established, because the signature did not check out or could not be checked.',
    status: () => 'Revocation was not checked, because the signature did not check out or could not be checked.',
    validity: () => 'Its dates could not be read.',
    trust: () => 'Whether the issuer is recognised was not checked, because who signed it is not established.',
  },
};

const NL: Catalogue = {
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
  ...TRUST_MESSAGES.nl,
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

const CATALOGUES: Record<Lang, Catalogue> = {en: EN, nl: NL};

export function messageFor(check: CheckId, code: Code, params: Params, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  if(lang === 'nl' && params.reason_nl !== undefined) {
    params = {...params, reason: params.reason_nl};
  }
  const template = code === 'not_checked' ? catalogue.not_checked[check] : catalogue[code as Exclude<Code, 'not_checked'>];
  return template ? template(params) : (lang === 'nl' ? `Uitkomst: ${code}.` : `Outcome: ${code}.`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
}
