import {readFileSync} from 'node:fs';
import {Window} from 'happy-dom';

export const PAGES = new URL('../fixtures/pages/', import.meta.url);

export interface ExpectedEntry {title: string; issuer: string; issued: string; url: string | null; kind: string}
export const expected = JSON.parse(readFileSync(new URL('expected.json', PAGES), 'utf8')) as {
  'linkedin-profile.html': {profile_view_entries: ExpectedEntry[]; details_view_only: ExpectedEntry[]};
};

/**
 * A fixture view, parsed without running its scripts: `file` is the page as loaded, `file#details`
 * its details view (the page keeps it in a <template>).
 */
export function loadView(view: string): ParentNode {
  const [file, part] = view.split('#');
  const document = parseView(readFileSync(new URL(file, PAGES), 'utf8'));
  if(part !== 'details') {
    return document;
  }
  return (document.querySelector('template') as HTMLTemplateElement).content;
}

/** HTML parsed into a document, its scripts not run. */
export function parseView(html: string): Document {
  const window = new Window({url: 'https://www.linkedin.com/in/fenna-oosterbeek/',
    settings: {disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true}});
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
