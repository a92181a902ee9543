import jsonld from 'jsonld';
import {text, type Text} from '../i18n/text.js';
import {ContextNotAllowedError, createDocumentLoader} from './document-loader.js';

export type SafeModeResult =
  | {ok: true}
  | {ok: false; code: 'context_not_allowed'; contexts: string[]}
  | {ok: false; code: 'malformed'; reason: Text};

/**
 * Expand the document in JSON-LD safe mode (jsonld.js `safe: true`): a term that no context
 * defines, a relative @type or an invalid IRI is an error instead of being silently dropped,
 * which would leave part of the credential unsigned (Open Badges 3.0 §9.1, PR #611).
 * Only bundled contexts are available; any other context URL is refused and named.
 */
export async function checkSafeMode(document: Record<string, unknown>): Promise<SafeModeResult> {
  const documentLoader = createDocumentLoader();
  // The proof is left out, as when it is verified (VC Data Integrity §4.4): its terms belong to
  // the proof suite, and an unknown proof type is "unsupported", not "malformed".
  const {proof, ...unsigned} = document;
  try {
    await jsonld.expand(unsigned, {documentLoader, safe: true, base: null});
    return {ok: true};
  } catch(error) {
    if(documentLoader.refused.length > 0) {
      return {ok: false, code: 'context_not_allowed', contexts: [...new Set(documentLoader.refused)]};
    }
    return {ok: false, code: 'malformed', reason: describeJsonLdError(error)};
  }
}

/** jsonld's safe-mode errors carry the offending term or IRI in `details.event`. */
export function describeJsonLdError(error: unknown): Text {
  if(error instanceof ContextNotAllowedError) {
    return text(error.message, `de JSON-LD-context "${error.url}" wordt niet geladen`);
  }
  const details = (error as {details?: {event?: {code?: string; details?: Record<string, unknown>}}}).details;
  const event = details?.event;
  if(event?.code) {
    const what = String(event.details?.term ?? event.details?.iri ?? event.details?.type ?? event.details?.property ?? '').slice(0, 80);
    // Safe mode stops where a term would silently drop out of what is signed (JSON-LD 1.1 §4.1.4).
    return text(`"${what}" is not defined by any of its JSON-LD contexts, so it would not be covered by the signature (JSON-LD safe mode: ${event.code})`,
      `"${what}" staat in geen van de JSON-LD-contexten, dus de handtekening zou het niet dekken (JSON-LD safe mode: ${event.code})`);
  }
  const message = String((error as Error).message ?? error).slice(0, 300);
  return text(`JSON-LD processing failed: ${message}`, `JSON-LD-verwerking mislukt: ${message}`);
}
