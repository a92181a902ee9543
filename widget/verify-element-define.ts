import {MicrocredentialVerifyElement} from './verify-element.js';

/**
 * Registers `<microcredential-verify>`. Loading the script twice (or next to another copy) is
 * harmless: the second definition is skipped. Outside a browser there is nothing to define.
 */
try {
  if(globalThis.customElements && !customElements.get('microcredential-verify')) {
    MicrocredentialVerifyElement.define();
  }
} catch(error: unknown) {
  if(!(error instanceof DOMException && error.name === 'NotSupportedError')) {
    throw error;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'microcredential-verify': MicrocredentialVerifyElement;
  }
}

export {MicrocredentialVerifyElement};
