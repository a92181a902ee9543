import type {Report} from '../shared/index.js';
import {trustedIssuerName} from '../shared/ui/display.js';

/**
 * LinkedIn's "Add to profile" link for a certification (surfaces.md §1.8). Months are 1-based
 * (January = 1): edubadges' own link passes JavaScript's 0-based getMonth() and lands one month
 * early. The month is the one the credential writes. `certUrl` is where the credential
 * is published; without one LinkedIn shows no "Show credential" button, so we return null.
 */
export function linkedInAddUrl(report: Report, certUrl: string | null): string | null {
  const credential = report.credential;
  if(!credential?.title || !certUrl || !/^https:\/\//i.test(certUrl)) {
    return null;
  }
  const params = new URLSearchParams({startTask: 'CERTIFICATION_NAME', name: credential.title});
  const organisation = trustedIssuerName(report) ?? credential.issuer.name;
  if(organisation) {
    params.set('organizationName', organisation);
  }
  addMonth(params, 'issue', credential.issuedOn);
  addMonth(params, 'expiration', credential.validUntil);
  params.set('certUrl', certUrl);
  const id = /\/public\/assertions\/([A-Za-z0-9_-]+)/.exec(certUrl)?.[1];
  if(id) {
    params.set('certId', id);
  }
  return `https://www.linkedin.com/profile/add?${params}`;
}

function addMonth(params: URLSearchParams, prefix: 'issue' | 'expiration', value: string | null): void {
  // The calendar month as the credential writes it (an ISO date's own YYYY-MM), not shifted by a time zone.
  const written = value ? /^(\d{4})-(\d{2})/.exec(value) : null;
  if(!written || Number.isNaN(Date.parse(value!)) || Number(written[2]) < 1 || Number(written[2]) > 12) {
    return;
  }
  params.set(`${prefix}Year`, written[1]);
  params.set(`${prefix}Month`, String(Number(written[2])));
}
