import type {Lang} from '../../shared/index.js';

/** The PDF check's words in the popup (beside ../words.ts, as options/words.ts is). */
const EN = {
  check: 'Check credentials in this PDF',
  reading: 'Reading the PDF…',
  found: (count: number) => count === 1 ? '1 credential found in this PDF.' : `${count} credentials found in this PDF.`,
  none: 'No credential links or attachments found in this PDF.',
  truncated: 'The PDF is larger than what is read; only its first part was checked.',
  notPdf: 'This file is not a PDF.',
  tooLarge: 'This PDF is too large to check (over 20 MB).',
  failed: 'This PDF could not be read. PDFs opened from this computer (file:) cannot be checked; open it from the web, or paste a credential link below.',
  link: 'Link in the PDF',
  text: 'Web address in the text',
  attachment: 'Attached to the PDF',
};

const NL: typeof EN = {
  check: 'Certificaten in deze pdf controleren',
  reading: 'De pdf wordt gelezen…',
  found: count => count === 1 ? '1 certificaat gevonden in deze pdf.' : `${count} certificaten gevonden in deze pdf.`,
  none: 'Geen links naar certificaten of bijlagen gevonden in deze pdf.',
  truncated: 'De pdf is groter dan wat gelezen wordt; alleen het eerste deel is gecontroleerd.',
  notPdf: 'Dit bestand is geen pdf.',
  tooLarge: 'Deze pdf is te groot om te controleren (meer dan 20 MB).',
  failed: 'Deze pdf kon niet worden gelezen. Een pdf die van deze computer is geopend (file:) kan niet worden gecontroleerd; open hem van het web, of plak hieronder een link naar een certificaat.',
  link: 'Link in de pdf',
  text: 'Webadres in de tekst',
  attachment: 'Bijlage van de pdf',
};

export const PDF_WORDS: Record<Lang, typeof EN> = {en: EN, nl: NL};
