/**
 * The script-tag entry (contract §5): defines `<microcredential-verify>` and nothing else
 * runs until an element connects; the core and the renderer are loaded then, lazily.
 */
export {MicrocredentialVerifyElement} from './verify-element-define.js';
export type {Layout, VerifyState} from './verify-element.js';
export {VerifyResultEvent} from './verify-result-event.js';
