import {browser} from 'wxt/browser';
import {defineBackground} from 'wxt/utils/define-background';
import {startBackground, type BackgroundApi} from '../background/index.js';
import {startPageAccess, type PageAccessApi} from '../background/page-access.js';

export default defineBackground(() => {
  startBackground(browser as unknown as BackgroundApi);
  startPageAccess(browser as unknown as PageAccessApi);
});
