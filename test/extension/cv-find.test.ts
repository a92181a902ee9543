import {describe, expect, test} from 'vitest';
import {findCvCredentials} from '../../extension/cv/find.js';
import {loadView, parseView} from './pages.js';

describe('findCvCredentials on the saved CV page (expected.json)', () => {
  test('every link the platform recognisers know, once, personal parameters dropped; unknown hosts and the embed duplicate left out', () => {
    expect(findCvCredentials(loadView('cv-personal-site.html')).map(({url, element}) => [url, element?.tagName])).toEqual([
      ['https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA', 'A'],
      ['https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/public_url', 'A'],
      ['https://eu.badgr.com/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', 'A'],
      ['https://openbadgefactory.com/v1/assertion/2a263919414781ef56af6b4943bf2f7a341002d4.html', 'A'],
      ['https://www.coursera.org/account/accomplishments/verify/K7QW2ZP9LM3D', 'A'],
    ]);
  });

  test.each([
    ['a Credly embed alone', '<div data-share-badge-id="f71e36e3-f532-4953-a80e-fc58fb4ea418"></div>',
      [['https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418', 'DIV']]],
    ['JSON-LD hasCredential alone', '<script type="application/ld+json">{"@type":"Person","hasCredential":[{"url":"https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA"},"https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw"]}</script>',
      [['https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA', undefined], ['https://api.badgr.io/public/assertions/MFC2lxoaSzKRR8GFe0W2tw', undefined]]],
    ['broken JSON-LD and a private address', '<script type="application/ld+json">{oops</script><a href="https://192.168.1.2/public/assertions/MFC2lxoaSzKRR8GFe0W2tw">x</a>', []],
  ])('%s', (_name, html, expected) => {
    expect(findCvCredentials(parseView(html)).map(({url, element}) => [url, element?.tagName])).toEqual(expected);
  });
});
