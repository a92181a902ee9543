import {text} from '../../i18n/text.js';
import {result, type Rule} from '../frameworks/rule.js';
import {formatDay} from '../i18n/dates.js';
import {both} from './words.js';

/**
 * NL-ALL-VALID: a microcredential is valid without limit, like a diploma [S25]; an end date the
 * issuer wrote is still honoured by the `validity` check, and here reported as set by the issuer (W).
 */
export const unlimitedValidity: Rule = ctx => {
  const until = ctx.validUntil;
  if(!until) {
    return result('pass', text('No end date, as the framework intends: a microcredential stays valid, like a diploma.',
      'Geen einddatum, zoals het kwaliteitskader bedoelt: een microcredential blijft geldig, net als een diploma.'));
  }
  const expired = ctx.outcomes.validity?.code === 'expired';
  return result('warn', both(lang => {
    const day = formatDay(until, lang);
    if(lang === 'en') {
      return `${expired ? `It expired on ${day}` : `It has an end date, ${day}`}, set by the issuer; the framework says a microcredential stays valid.`;
    }
    return `${expired ? `Het is verlopen op ${day}` : `Het heeft een einddatum, ${day}`}, gezet door de uitgever; volgens het kwaliteitskader blijft een microcredential geldig.`;
  }));
};

/** NL-ALL-REVOKED: revocation honoured (E), as the `status` check found it [S10, S12]. */
export const notRevoked: Rule = ctx => {
  const status = ctx.outcomes.status;
  if(status?.code === 'revoked' || status?.code === 'suspended') {
    return result('fail', text('The issuer has revoked or suspended it.', 'De uitgever heeft het ingetrokken of opgeschort.'));
  }
  if(status?.status === 'pass') {
    return result('pass', text('The issuer has not revoked it.', 'De uitgever heeft het niet ingetrokken.'));
  }
  return result('info', text('Whether it was revoked could not be checked (see the status check).',
    'Of het is ingetrokken kon niet worden gecontroleerd (zie de controle op intrekking).'));
};
