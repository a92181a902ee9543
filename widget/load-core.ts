/**
 * The lazily loaded halves of the element: the verification core and the renderer. Each is
 * fetched once, the first time an element connects, from next to the entry script (the chunks'
 * URLs are relative to it), so a page without an element never downloads either. A failed
 * load is forgotten, so the next element tries again.
 */
type Core = typeof import('./core.js');
type View = typeof import('./view.js');

let core: Promise<Core> | undefined;
let view: Promise<View> | undefined;

export function loadCore(): Promise<Core> {
  core ??= import('./core.js').catch(error => {
    core = undefined;
    throw error;
  });
  return core;
}

export function loadView(): Promise<View> {
  view ??= import('./view.js').catch(error => {
    view = undefined;
    throw error;
  });
  return view;
}
