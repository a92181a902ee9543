import {lazy} from '../util/lazy.js';

/** Each way of securing a credential, imported when a credential first needs it (the widget ships per format). */
export const securing = {
  hosted: lazy(() => import('./hosted.js')),
  ob2Signed: lazy(() => import('./ob2-signed.js')),
  vcJwt: lazy(() => import('./vc-jwt.js')),
  sdJwt: lazy(() => import('./sd-jwt.js')),
};
