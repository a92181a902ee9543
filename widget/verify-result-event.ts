import type {Report} from '../shared/index.js';

/**
 * Fired once per completed verification, after `state` is set (contract §5): `detail` is the
 * report. It bubbles and crosses shadow boundaries, so a page can listen on any ancestor.
 */
export class VerifyResultEvent extends CustomEvent<Report> {
  static readonly type = 'verify-result';

  constructor(report: Report) {
    super(VerifyResultEvent.type, {bubbles: true, composed: true, detail: report});
  }

  get report(): Report {
    return this.detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'verify-result': VerifyResultEvent;
  }
}
