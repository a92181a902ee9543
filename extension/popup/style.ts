/** The popup's own layout, next to the shared components' UI_CSS (whose custom properties sit on :host). */
export const POPUP_CSS = `
:host { display: block; padding: .8rem; }
h1, h2 { font-size: 1rem; margin: 0 0 .5rem; }
h2 { margin-top: 1rem; }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.url { display: block; font-size: .8em; color: var(--mcv-muted); overflow-wrap: anywhere; }
.muted { color: var(--mcv-muted); }
form { display: grid; gap: .4rem; }
textarea { width: 100%; min-height: 4.5rem; font: inherit; font-size: .9em; }
.submit { justify-self: start; font: inherit; padding: .25em .9em; }
.root { position: relative; }
.settings { position: absolute; top: 0; right: 0; font: inherit; font-size: .85em; }
`;
