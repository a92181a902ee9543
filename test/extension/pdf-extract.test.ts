import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {describe, expect, test} from 'vitest';
import {extractPdf, PDF_LIMITS} from '../../extension/pdf/extract.js';
import {fetchPdf, MAX_PDF_BYTES, PdfFetchError} from '../../extension/pdf/fetch-pdf.js';
import {pdfUrlOf} from '../../extension/pdf/pdf-url.js';
import {verify} from '../../shared/index.js';
import {buildPdf} from '../fixtures/pdf/build-pdf.js';
import {fixtureFetch} from '../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../helpers/issue.js';
import {iTXt, png} from '../helpers/png.js';

const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418';
const OBF = 'https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.html';
const COURSERA = 'https://www.coursera.org/account/accomplishments/verify/K7QW2ZP9LM3D';
/** A Europass-style CV XML attachment (surfaces.md §2.3): the URIs in it are what counts. */
const EUROPASS_XML = `<?xml version="1.0"?><Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9">
  <Attachment><oa:URI>${OBF}</oa:URI></Attachment><Attachment><oa:URI>https://unknown.example/cert?a=1&amp;b=2</oa:URI></Attachment></Candidate>`;

describe('extractPdf (pdf.js legacy build in Node) on a CV PDF made in test code', async() => {
  const key = await testKey(11);
  const credential = JSON.stringify(await key.sign(ob3Credential(key.did)));
  const cv = buildPdf({
    lines: ['Fenna Oosterbeek - CV', `Cloud badge: ${CREDLY}.`, `Course: ${COURSERA}`, `Again: ${EDU}`, 'Verify: https://verify.skillforge-academy.example/c/SFA-1'],
    links: [`${EDU}?identity__email=fenna%40example.org`, 'mailto:fenna@example.org'],
    attachments: {
      'data-literacy.json': credential,
      'europass.xml': EUROPASS_XML,
      'notes.json': '{"hello": "world"}',
      'badge.png': png(iTXt('openbadgecredential', credential)),
      'photo.png': png(),
    },
  });

  test('links, text addresses and attachments, each credential once; unknown hosts and non-credentials left out', async() => {
    const findings = await extractPdf(cv, pdfjs);
    expect(findings.urls).toEqual([
      {url: EDU, source: 'link'}, // the link annotation, personal parameter dropped; the same URL in the text is not repeated
      {url: CREDLY, source: 'text'}, // the sentence's full stop is not part of the URL
      {url: COURSERA, source: 'text'},
      {url: OBF, source: 'attachment'},
    ]);
    expect(findings.documents.map(({name}) => name)).toEqual(['badge.png', 'data-literacy.json']);
    expect(findings.documents.map(({input}) => JSON.parse(input))).toEqual([JSON.parse(credential), JSON.parse(credential)]);
    expect(findings).toMatchObject({pages: 1, truncated: false});
  });

  test('the attached credential verifies with the core (signature and issuer pass)', async() => {
    const [document] = (await extractPdf(cv, pdfjs)).documents;
    const report = await verify(document.input, {lang: 'en', fetch: fixtureFetch({})});
    expect(report.checks.find(check => check.id === 'integrity')?.status).toBe('pass');
    expect(report.verdict).not.toBe('invalid');
  });

  test('limits: URLs beyond the cap, oversized attachments and pages past the cap are not read, and say so', async() => {
    const capped = await extractPdf(cv, pdfjs, {...PDF_LIMITS, urls: 2, attachmentBytes: 1000});
    expect(capped.urls).toHaveLength(2);
    expect(capped.documents).toEqual([]); // the credential JSON and the baked PNG are over 1000 bytes
    expect(capped.truncated).toBe(true);
    const noPages = await extractPdf(cv, pdfjs, {...PDF_LIMITS, pages: 0});
    expect(noPages.urls).toEqual([{url: OBF, source: 'attachment'}]);
    expect(noPages.truncated).toBe(true);
  });

  test('a broken PDF is an error, not an empty result', async() => {
    await expect(extractPdf(new TextEncoder().encode('%PDF-1.7\nnot really'), pdfjs)).rejects.toThrow();
  });
});

describe('pdfUrlOf: which tabs offer the PDF check', () => {
  test.each([
    ['https://cv.example.org/docs/fenna-cv.pdf', 'https://cv.example.org/docs/fenna-cv.pdf'],
    ['https://cv.example.org/docs/FENNA.PDF#page=2', 'https://cv.example.org/docs/FENNA.PDF'],
    ['file:///home/fenna/cv.pdf', 'file:///home/fenna/cv.pdf'],
    ['chrome-extension://abcdefgh/viewer.html?file=https%3A%2F%2Fcv.example.org%2Fcv.pdf', 'https://cv.example.org/cv.pdf'],
    ['chrome-extension://abcdefgh/https://cv.example.org/cv.pdf', 'https://cv.example.org/cv.pdf'],
    ['https://cv.example.org/cv.html', null],
    ['https://cv.example.org/pdf', null],
    ['chrome://settings/', null],
    [undefined, null],
  ])('%s → %s', (tab, expected) => {
    expect(pdfUrlOf(tab)).toBe(expected);
  });
});

describe('fetchPdf', () => {
  const PDF = 'https://cv.example.org/cv.pdf';
  const reply = (body: string | Uint8Array, headers: Record<string, string> = {}) => () => new Response(typeof body === 'string' ? body : body.slice(), {headers});

  test('the bytes of a PDF; the %PDF- header is required', async() => {
    const bytes = buildPdf({lines: ['x']});
    expect(await fetchPdf(PDF, fixtureFetch({[PDF]: reply(bytes)}))).toEqual(bytes);
    await expect(fetchPdf(PDF, fixtureFetch({[PDF]: reply('<html>login</html>')}))).rejects.toMatchObject({problem: 'not-pdf'});
  });

  test('too large, http, private addresses: refused (the last two without a request)', async() => {
    await expect(fetchPdf(PDF, fixtureFetch({[PDF]: reply('%PDF-', {'content-length': String(MAX_PDF_BYTES + 1)})})))
      .rejects.toMatchObject({problem: 'too-large'});
    const fetch = fixtureFetch({});
    for(const url of ['http://cv.example.org/cv.pdf', 'https://192.168.1.5/cv.pdf', 'file:///home/fenna/cv.pdf']) {
      await expect(fetchPdf(url, fetch)).rejects.toBeInstanceOf(PdfFetchError);
    }
    expect(fetch.calls).toEqual([]);
  });
});
