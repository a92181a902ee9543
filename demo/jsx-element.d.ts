import type {MicrocredentialVerifyElement} from '../widget/index.js';

// <microcredential-verify> in the demo's JSX: its attributes, a ref, and children (an inline credential).
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'microcredential-verify': HTMLAttributes<MicrocredentialVerifyElement> & {src?: string; layout?: 'badge' | 'card'};
    }
  }
}
