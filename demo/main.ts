import {h, render} from 'preact';
import {App} from './app.js';
import {initialLang} from './words.js';

const root = document.getElementById('app');
if(root) {
  root.replaceChildren();
  render(h(App, {initial: initialLang(location.search, navigator.languages)}), root);
}
