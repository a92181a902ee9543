// pdf.js for the popup: loaded with import() only when the user asks to check a PDF, so neither
// the content scripts nor the background carry it. Its worker is bundled as a file of the
// extension (no eval, no remote code: the MV3 CSP allows a module worker from our own origin).
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type {PdfJs} from './extract.js';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export const browserPdfJs: PdfJs = pdfjs;
