/**
 * The address of the PDF a tab shows, or null when it does not look like one. The popup sees only
 * the tab's URL, not its content type, so this is a heuristic: a path ending in `.pdf`, or a PDF
 * viewer extension's page that carries the original URL in its query or path (surfaces.md §2.5).
 * The fetch then checks the `%PDF-` signature, so a wrong guess ends in "not a PDF".
 */
export function pdfUrlOf(tabUrl: string | undefined): string | null {
  let url: URL;
  try {
    url = new URL(tabUrl ?? '');
  } catch {
    return null;
  }
  if(/^(https?|file):$/.test(url.protocol)) {
    return /\.pdf$/i.test(url.pathname) ? url.href.replace(/#.*$/, '') : null;
  }
  if(/^(chrome|moz)-extension:$/.test(url.protocol)) {
    const inner = [...url.searchParams.values(), decodeSafely(url.pathname.slice(1))].find(value => /^(https?|file):\/\//i.test(value));
    return inner && inner !== tabUrl ? pdfUrlOf(inner) : null;
  }
  return null;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
