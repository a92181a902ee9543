import {text, type Text} from '../../i18n/text.js';
import type {FrameworkId} from '../frameworks/versions.js';

/** The frameworks as a recruiter reads them (glossary.md "kwaliteitskader"). */
export const FRAMEWORK_NAMES: Record<FrameworkId, Text> = {
  'nl-hbo-wo': text('the hbo/wo framework', 'het kwaliteitskader hbo/wo'),
  'nl-mbo': text('the mbo framework', 'het kwaliteitskader mbo'),
};

/** Join two texts with a space, per language. */
export function join(...parts: (Text | null)[]): Text {
  const present = parts.filter((part): part is Text => part !== null);
  return text(present.map(part => part.en).join(' '), present.map(part => part.nl).join(' '));
}

/** Both languages from one template, for sentences that differ only in their values. */
export function both(make: (lang: 'en' | 'nl') => string): Text {
  return text(make('en'), make('nl'));
}
