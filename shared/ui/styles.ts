/**
 * The components' styles, as text: the widget adopts them as a constructable stylesheet (allowed
 * under a strict style-src, unlike <style> or style attributes), the extension passes them into
 * its shadow root (contract §7). Everything themable is a custom property on the host:
 * --mcv-font, --mcv-fg, --mcv-bg, --mcv-muted, --mcv-border, --mcv-radius, --mcv-focus and one
 * colour per verdict (--mcv-verified, --mcv-warning, --mcv-invalid, --mcv-unverifiable,
 * --mcv-course). Defaults meet WCAG AA contrast on their own background, light and dark.
 */
export const UI_CSS = `
:host {
  --mcv-font: system-ui, -apple-system, "Segoe UI", sans-serif;
  --mcv-fg: #1d2330; --mcv-bg: #ffffff; --mcv-muted: #4f5764; --mcv-border: #b9bfc9; --mcv-radius: .5rem;
  --mcv-focus: #0b5cad; --mcv-verified: #17702f; --mcv-warning: #8a4b00; --mcv-invalid: #b3261e;
  --mcv-unverifiable: #5b3fa8; --mcv-course: #0b5cad; --mcv-pending: #4f5764;
  display: inline-block; max-width: 100%; font: 400 1rem/1.45 var(--mcv-font); color: var(--mcv-fg);
  text-align: start; vertical-align: middle;
}
@media (prefers-color-scheme: dark) {
  :host {
    --mcv-fg: #e8eaee; --mcv-bg: #1b1f27; --mcv-muted: #b4bac4; --mcv-border: #58606d; --mcv-focus: #8cc4ff;
    --mcv-verified: #5fd17f; --mcv-warning: #f2b65a; --mcv-invalid: #ff8a80; --mcv-unverifiable: #c3b1ff;
    --mcv-course: #8cc4ff; --mcv-pending: #b4bac4;
  }
}
:host([layout="card"]) { display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.root { display: block; max-width: 100%; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.icon { flex: none; width: 1.1em; height: 1.1em; margin-top: .15em; }
.verdict-verified, .status-pass { --mcv-tone: var(--mcv-verified); }
.verdict-warning, .status-warn { --mcv-tone: var(--mcv-warning); }
.verdict-invalid, .status-fail { --mcv-tone: var(--mcv-invalid); }
.verdict-unverifiable, .status-unknown { --mcv-tone: var(--mcv-unverifiable); }
.verdict-course, .status-info { --mcv-tone: var(--mcv-course); }
.verdict-pending, .status-skipped, .status-missing { --mcv-tone: var(--mcv-pending); }
.verdict-word, .check-status, .rule-status { color: var(--mcv-tone, inherit); }
.icon { color: var(--mcv-tone, inherit); }
.icon-verified, .icon-pass { color: var(--mcv-verified); }
.icon-warning, .icon-warn { color: var(--mcv-warning); }
.icon-invalid, .icon-fail { color: var(--mcv-invalid); }
.icon-unverifiable, .icon-unknown { color: var(--mcv-unverifiable); }
.icon-info { color: var(--mcv-course); }
.icon-skipped, .icon-pending { color: var(--mcv-pending); }
.badge { display: inline-flex; align-items: flex-start; gap: .45em; max-width: 100%; margin: 0; padding: .3em .8em;
  font: inherit; font-size: .95em; text-align: start; color: var(--mcv-fg); background: var(--mcv-bg);
  border: 1px solid var(--mcv-border); border-left: .3em solid var(--mcv-tone); border-radius: var(--mcv-radius); }
button.badge { cursor: pointer; }
button.badge:hover { border-color: var(--mcv-tone); }
.badge-text { overflow-wrap: anywhere; }
.badge-issuer, .badge-micro { color: var(--mcv-fg); }
.chevron { color: var(--mcv-muted); }
:focus-visible { outline: 3px solid var(--mcv-focus); outline-offset: 2px; }
.popover { margin-top: .4em; }
.popover[hidden] { display: none; }
.card { display: block; max-width: 42rem; padding: 1em; color: var(--mcv-fg); background: var(--mcv-bg);
  border: 1px solid var(--mcv-border); border-top: .35em solid var(--mcv-tone); border-radius: var(--mcv-radius);
  overflow-wrap: anywhere; }
.card p { margin: 0; }
.card-head { display: flex; gap: .9em; align-items: flex-start; margin-bottom: .8em; }
.image { flex: none; width: 72px; height: 72px; object-fit: contain; border-radius: .3em; }
.head-text { min-width: 0; }
.title { font-size: 1.15em; font-weight: 700; line-height: 1.3; }
.issuer, .dates, .muted, .group-title, .hint, .facts-line { color: var(--mcv-muted); font-size: .92em; }
.micro { margin-top: .3em !important; font-size: .9em; font-weight: 600; color: var(--mcv-course); }
.verdict { display: flex; gap: .5em; align-items: flex-start; padding: .6em .7em; margin-bottom: .8em !important;
  border-radius: calc(var(--mcv-radius) * .6); border: 1px solid var(--mcv-tone); }
.verdict strong { margin-inline-end: .25em; }
.section-title { margin: .9em 0 .3em !important; font-weight: 700; font-size: .95em; }
.checks, .rules, .elements-list, .evidence { list-style: none; margin: 0; padding: 0; }
.check, .rule, .element { display: flex; gap: .45em; align-items: flex-start; padding: .2em 0; font-size: .93em; }
.check-name, .element-name { font-weight: 600; }
.element-missing { font-style: italic; }
.hint { display: block; }
.framework { margin: .3em 0 .6em; }
.framework-status { display: flex; gap: .45em; font-weight: 600; }
.rules { margin-inline-start: 1.55em; }
details > summary { cursor: pointer; padding: .3em 0; font-size: .93em; font-weight: 600; }
.element-group { margin: .2em 0 .4em 1.1em; }
.group-title { margin-top: .3em !important; font-weight: 600; }
.technical { margin-top: .8em; border-top: 1px solid var(--mcv-border); padding-top: .3em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em .8em; margin: .3em 0; font-size: .88em; }
.facts dd { margin: 0; }
.evidence li { font-size: .85em; padding: .2em 0; }
.evidence pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .95em; }
.evidence pre { margin: .2em 0 .4em; padding: .4em; white-space: pre-wrap;
  border: 1px solid var(--mcv-border); border-radius: .3em; }
.icon-pending { animation: mcv-spin 1s linear infinite; }
@keyframes mcv-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .icon-pending { animation: none; } }
@media (max-width: 30rem) { .card { padding: .75em; } .image { width: 56px; height: 56px; } }
`;
