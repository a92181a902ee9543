import {h, render} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import type {Lang, Quality} from '../../shared/index.js';
import {fixHint} from '../../shared/ui/fix-hints.js';
import {Scorecard} from '../../shared/ui/scorecard.js';
import {UI_CSS} from '../../shared/ui/styles.js';

let sheet: CSSStyleSheet | undefined;

/**
 * The shared scorecard reduced to what is missing or not met, with how the institution could add
 * it (the learner-preview hints), in a shadow root of its own with the
 * components' stylesheet, so it looks exactly as in the element (and the page's CSS cannot leak in).
 */
export function ShadowScorecard({quality, lang}: {quality: Quality; lang: Lang}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if(!element) {
      return;
    }
    const shadow = element.shadowRoot ?? element.attachShadow({mode: 'open'});
    if(!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
    render(h('div', {class: 'card', lang}, h(Scorecard, {quality, lang, hint: fixHint, gapsOnly: true})), shadow);
  }, [quality, lang]);
  return <div ref={host} class="scorecard-host"/>;
}
