import type {TrustList} from '../shared/index.js';

/** Page-wide settings every element's verification uses; set through the element's static methods. */
export const pageConfig: {fetch?: typeof fetch; trust: TrustList[]} = {trust: []};
