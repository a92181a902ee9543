import type {getDocument} from 'pdfjs-dist';
import {unbake} from '../../shared/images/unbake.js';
import {readInput} from '../../shared/input/read-input.js';
import {credentialRef} from '../cv/find.js';

/** The part of pdf.js used here; the popup passes the browser build, Node tests the legacy build. */
export interface PdfJs {
  getDocument: typeof getDocument;
}

export type PdfSource = 'link' | 'text' | 'attachment';

export interface PdfFindings {
  /** Credential URLs the platform recognisers know, each credential once (by platform and id). */
  urls: {url: string; source: PdfSource}[];
  /** Attachments that are credentials (JSON, a compact JWS, a baked badge image's payload), as text for the verifier. */
  documents: {name: string; input: string}[];
  pages: number;
  /** True when a limit cut the reading short (more pages, attachments or URLs than read). */
  truncated: boolean;
}

// Limits: a CV is a few pages with a handful of links and attachments; a hostile PDF is not read further.
export const PDF_LIMITS = {pages: 50, attachments: 20, attachmentBytes: 2 * 1024 * 1024, textChars: 200_000, urls: 50, timeoutMs: 20_000};

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/g;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** What an attached JSON must say to be sent to the verifier (surfaces.md §2.4: classify by content). */
const CREDENTIAL_MARKS = /VerifiableCredential|OpenBadgeCredential|EuropeanDigitalCredential|\bAssertion\b|openbadges|ob\/v3p0|europa\.eu\/snb/;

/**
 * What a PDF CV says about credentials (surfaces.md §2.3–2.5): URI link annotations, web
 * addresses in the page text, and embedded files (a credential's JSON or JWS, a baked badge
 * image, a Europass XML with its URIs). The PDF is parsed by pdf.js with eval off (MV3 forbids
 * it) and no fonts loaded; nothing in it is run or rendered. Every count and the time are capped.
 */
export async function extractPdf(bytes: Uint8Array, pdfjs: PdfJs, limits = PDF_LIMITS): Promise<PdfFindings> {
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes the buffer over; the caller keeps its copy
    isEvalSupported: false, enableXfa: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the PDF took longer than ${limits.timeoutMs} ms to read`)), limits.timeoutMs);
  });
  try {
    return await Promise.race([read(await Promise.race([task.promise, timeout]), limits), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function read(pdf: PdfDocument, limits: typeof PDF_LIMITS): Promise<PdfFindings> {
  const found = new Map<string, {url: string; source: PdfSource}>();
  let truncated = pdf.numPages > limits.pages;
  const addUrl = (href: string, source: PdfSource) => {
    const ref = credentialRef(href.replace(/[.,;:!?]+$/, ''));
    if(ref && !found.has(ref.key)) {
      if(found.size >= limits.urls) {
        truncated = true;
        return;
      }
      found.set(ref.key, {url: ref.url, source});
    }
  };
  for(let number = 1; number <= Math.min(pdf.numPages, limits.pages); number++) {
    const page = await pdf.getPage(number);
    for(const annotation of await page.getAnnotations({intent: 'display'}) as {subtype?: string; url?: unknown}[]) {
      if(annotation.subtype === 'Link' && typeof annotation.url === 'string') {
        addUrl(annotation.url, 'link');
      }
    }
    const text = (await page.getTextContent()).items
      .map(item => 'str' in item ? item.str + (item.hasEOL ? '\n' : '') : '').join('').slice(0, limits.textChars);
    for(const [url] of text.matchAll(URL_IN_TEXT)) {
      addUrl(url, 'text');
    }
    page.cleanup();
  }
  const documents: PdfFindings['documents'] = [];
  const attachments = Object.values(await pdf.getAttachments() as Record<string, {filename: string; content: Uint8Array}> ?? {});
  truncated ||= attachments.length > limits.attachments;
  for(const {filename, content} of attachments.slice(0, limits.attachments)) {
    if(content.byteLength > limits.attachmentBytes) {
      truncated = true;
      continue;
    }
    const attached = await readAttachment(content);
    if(attached?.kind === 'document') {
      documents.push({name: String(filename).slice(0, 200), input: attached.input});
    } else if(attached?.kind === 'urls') {
      attached.urls.forEach(url => addUrl(url, 'attachment'));
    }
  }
  return {urls: [...found.values()], documents, pages: pdf.numPages, truncated};
}

type Attached = {kind: 'document'; input: string} | {kind: 'urls'; urls: string[]} | null;

/** An embedded file, classified by its content, never by its name. */
async function readAttachment(content: Uint8Array): Promise<Attached> {
  const input = readInput(content);
  if(input.kind === 'image') {
    const payload = await unbake(input.mediaType, input.bytes).catch(() => null);
    return payload ? {kind: 'document', input: payload} : null;
  }
  if(input.kind === 'jws') {
    return COMPACT_JWS.test(input.token) ? {kind: 'document', input: input.token} : null;
  }
  if(input.kind === 'json') {
    return CREDENTIAL_MARKS.test(JSON.stringify(input.value).slice(0, 4096)) ? {kind: 'document', input: JSON.stringify(input.value)} : null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(content);
  } catch {
    return null;
  }
  // XML (a Europass CV: <oa:URI> elements, surfaces.md §2.3): only its web addresses are used.
  return /^\s*</.test(text) ? {kind: 'urls', urls: [...text.matchAll(URL_IN_TEXT)].map(([url]) => url.replace(/&amp;/g, '&'))} : null;
}
