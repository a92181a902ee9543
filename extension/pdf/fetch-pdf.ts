import {createNet} from '../../shared/net/fetcher.js';
import {isNetError} from '../../shared/net/net-error.js';

/** A CV PDF with images is a few MB; 20 MiB also takes scanned ones, and stops anything larger. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type PdfProblem = 'not-pdf' | 'too-large' | 'not-fetched';

export class PdfFetchError extends Error {
  constructor(readonly problem: PdfProblem, message: string) {
    super(message);
  }
}

/**
 * The bytes of the PDF at `url`, fetched by the popup through the core's network layer (https
 * only, no private addresses, each redirect hop checked, a time limit and the size cap; no
 * cookies). `file:` PDFs are not fetched. Throws PdfFetchError.
 */
export async function fetchPdf(url: string, fetchImpl?: typeof fetch): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    ({bytes} = await createNet({fetch: fetchImpl, maxBytes: MAX_PDF_BYTES, timeoutMs: TIMEOUT_MS}).get(url, 'application/pdf, */*;q=0.1'));
  } catch(error) {
    const tooLarge = isNetError(error) && error.code === 'too_large';
    throw new PdfFetchError(tooLarge ? 'too-large' : 'not-fetched', error instanceof Error ? error.message : String(error));
  }
  // The header may follow a little junk (ISO 32000-1 §7.5.2 readers look in the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if(!head.includes('%PDF-')) {
    throw new PdfFetchError('not-pdf', 'the file has no %PDF- header');
  }
  return bytes;
}
