import {describe, expect, test} from 'vitest';
import {findCredentialLinks, toCredentialUrl} from '../../extension/linkedin/find.js';
import {expected, loadView} from './pages.js';

const profile = expected['linkedin-profile.html'];
const withUrl = (entries: {url: string | null}[]) => entries.flatMap(entry => entry.url ? [entry.url] : []);
const PROFILE_URLS = withUrl(profile.profile_view_entries);
const DETAILS_URLS = [...PROFILE_URLS, ...withUrl(profile.details_view_only)];

describe('findCredentialLinks on the saved pages (expected.json)', () => {
  test.each([
    ['linkedin-profile.html', PROFILE_URLS],
    ['linkedin-profile.html#details', DETAILS_URLS],
    ['linkedin-profile-sdui.html', PROFILE_URLS],
    ['linkedin-profile-sdui.html#details', DETAILS_URLS],
  ])('%s → every entry with a URL, in page order; the entry without one is left alone', (view, urls) => {
    expect(findCredentialLinks(loadView(view)).map(entry => entry.url)).toEqual(urls);
  });

  test.each(['linkedin-profile.html', 'linkedin-profile.html#details'])('%s: the host is the entry\'s list item', view => {
    for(const {host} of findCredentialLinks(loadView(view))) {
      expect(host.tagName).toBe('LI');
      expect(host.querySelector('[data-view-name="profile-component-entity"]')).not.toBeNull();
    }
  });

  test('SDUI: the host is the entry block holding its lockup and its own link', () => {
    for(const {host} of findCredentialLinks(loadView('linkedin-profile-sdui.html'))) {
      expect(host.querySelector(':scope > [data-view-name="license-certifications-lockup-view"]')).not.toBeNull();
      expect(host.querySelectorAll('[data-view-name="license-certifications-see-license-button"]')).toHaveLength(1);
    }
  });

  test('a CV page has no LinkedIn entries', () => {
    expect(findCredentialLinks(loadView('cv-personal-site.html'))).toEqual([]);
  });
});

describe('toCredentialUrl', () => {
  test.each([
    ['https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fwww%2Eedubadges%2Enl%2Fpublic%2Fassertions%2FBKNLQoR4QHqKluSOOj1dlA&urlhash=q8Rt',
      'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA'],
    ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.org%2Fc%2F1%3Futm_source%3Dli%26x%3D1',
      'https://example.org/c/1?x=1'],
    ['https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw?identity__email=a%40b.example&trk=x&lipi=y&licu=z&source=s&fbclid=f&gclid=g',
      'https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw'],
    ['https://www.linkedin.com/learning/certificates/aa4e', 'https://www.linkedin.com/learning/certificates/aa4e'],
  ])('%s → %s', (href, url) => {
    expect(toCredentialUrl(href)).toBe(url);
  });

  test.each([
    '/in/fenna-oosterbeek/overlay/contact-info/', 'https://www.linkedin.com/company/90817263/',
    'https://nl.linkedin.com/in/someone', 'javascript:alert(1)', 'mailto:a@b.example',
    'https://127.0.0.1/assertion', 'http://localhost:8080/x', 'https://192.168.1.10/a', 'https://[::1]/a', 'https://intranet/a',
    'https://www.linkedin.com/safety/go/?url=http%3A%2F%2F10.0.0.1%2Fbadge',
  ])('%s → not sent for verification', href => {
    expect(toCredentialUrl(href)).toBeNull();
  });
});
