/**
 * The lazily loaded rendering side of the element: the shared components (Preact itself is in
 * the entry, which renders the pending state).
 */
export {announcement, VerifyView} from '../shared/ui/verify-view.js';
