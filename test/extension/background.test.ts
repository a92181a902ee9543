import {beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import {startBackground, type BackgroundApi} from '../../extension/background/index.js';
import {createLimiter} from '../../extension/background/limit.js';
import type {Report, VerifyOptions} from '../../shared/index.js';

const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const CREDLY = 'https://www.credly.com/badges/f71e36e3-f532-4953-a80e-fc58fb4ea418/linked_in_profile';
const TAB = {tab: {id: 7}, url: 'https://www.linkedin.com/in/fenna-oosterbeek/'};
const POPUP = {url: fakeBrowser.runtime.getURL('/popup.html')};
/** The popup opened in a tab of its own (as the end-to-end test does): still the popup. */
const POPUP_IN_TAB = {tab: {id: 3}, url: fakeBrowser.runtime.getURL('/popup.html?tab=7')};

const reportFor = (input: string, verdict: Report['verdict'] = 'verified') => ({input, verdict}) as unknown as Report;
const send = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender).then(answers => answers.find(answer => answer !== undefined));

let clock = 1_000_000;
let verify: ReturnType<typeof vi.fn<(input: string, options: VerifyOptions) => Promise<Report>>>;

function start(options: {concurrency?: number} = {}) {
  startBackground(fakeBrowser as unknown as BackgroundApi, {verify, now: () => clock, ...options});
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_000_000;
  verify = vi.fn(async(input: string) => reportFor(input));
});

describe('background messaging', () => {
  test('verify: a content script gets the report; the core is asked with the URL and the page language', async() => {
    start();
    expect(await send({type: 'verify', url: EDU, lang: 'nl'}, TAB)).toEqual(reportFor(EDU));
    expect(verify).toHaveBeenCalledWith(EDU, {lang: 'nl'});
  });

  test.each<[object, string]>([
    [{type: 'verify', url: 'https://127.0.0.1/a', lang: 'en'}, 'a loopback URL'],
    [{type: 'verify', url: 'https://192.168.0.2/a', lang: 'en'}, 'a private URL'],
    [{type: 'verify', url: `${EDU}?trk=abc`, lang: 'en'}, 'a URL still carrying tracking parameters'],
    [{type: 'verify', url: 'https://www.linkedin.com/in/someone/', lang: 'en'}, 'a LinkedIn page'],
    [{type: 'verify', url: EDU, lang: 'de'}, 'an unknown language'],
    [{type: 'verify', url: 'x'.repeat(3000), lang: 'en'}, 'an oversized URL'],
    [{type: 'verify', text: 'Licenses & certifications …', lang: 'en'}, 'page text'],
    [{type: 'fetch', url: EDU}, 'an unknown request'],
  ])('%j (%s) → no verification', async(message, _why) => {
    start();
    expect(await send(message, TAB) ?? null).toBeNull();
    expect(verify).not.toHaveBeenCalled();
  });

  test('a content script cannot use the popup\'s requests, nor the popup the content script\'s', async() => {
    start();
    expect(await send({type: 'check', input: EDU, lang: 'en'}, TAB)).toBeUndefined();
    expect(await send({type: 'tab-results', tabId: 1, lang: 'en'}, TAB)).toBeUndefined();
    expect(await send({type: 'verify', url: EDU, lang: 'en'}, POPUP)).toBeUndefined();
    expect(await send({type: 'verify', url: EDU, lang: 'en'}, POPUP_IN_TAB)).toBeUndefined();
    expect(verify).not.toHaveBeenCalled();
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, POPUP_IN_TAB)).toEqual([]);
  });

  test('the popup lists what the tab asked for, with reports; a new page empties the list', async() => {
    start();
    let release!: () => void;
    verify.mockImplementation(async(input: string) => {
      if(input === CREDLY) {
        await new Promise<void>(resolve => (release = resolve));
      }
      return reportFor(input);
    });
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    const slow = send({type: 'verify', url: CREDLY, lang: 'en'}, TAB);
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, POPUP)).toEqual([
      {url: EDU, report: reportFor(EDU)}, {url: CREDLY, report: null}]);
    release();
    await slow;
    expect(await send({type: 'tab-results', tabId: 8, lang: 'en'}, POPUP)).toEqual([]);
    await send({type: 'page'}, TAB);
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, POPUP)).toEqual([]);
  });

  test('check: the popup\'s pasted input goes to the core as given', async() => {
    start();
    expect(await send({type: 'check', input: ' {"a":1} ', lang: 'en'}, POPUP)).toEqual(reportFor('{"a":1}'));
  });
});

describe('report cache', () => {
  test('a second request is answered from storage, even by a restarted service worker', async() => {
    start();
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(await fakeBrowser.storage.session.get(null)).toHaveProperty([`report:en:${EDU}`]);
    start(); // a fresh worker: only storage is left
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  test('per language: the report is worded in the language asked for', async() => {
    start();
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    await send({type: 'verify', url: EDU, lang: 'nl'}, TAB);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  test('after an hour the credential is checked again (a revocation shows up)', async() => {
    start();
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    clock += 60 * 60 * 1000 + 1;
    verify.mockResolvedValueOnce(reportFor(EDU, 'invalid'));
    expect(await send({type: 'verify', url: EDU, lang: 'en'}, TAB)).toEqual(reportFor(EDU, 'invalid'));
    expect(verify).toHaveBeenCalledTimes(2);
  });

  test('the same URL asked for twice at once is verified once', async() => {
    start();
    const answers = await Promise.all([send({type: 'verify', url: EDU, lang: 'en'}, TAB), send({type: 'verify', url: EDU, lang: 'en'}, {tab: {id: 9}, url: TAB.url})]);
    expect(answers).toEqual([reportFor(EDU), reportFor(EDU)]);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});

describe('concurrency limit', () => {
  test('at most 4 verifications run at once; the others wait their turn', async() => {
    let running = 0;
    let most = 0;
    verify.mockImplementation(async(input: string) => {
      most = Math.max(most, ++running);
      await new Promise(resolve => setTimeout(resolve, 5));
      running--;
      return reportFor(input);
    });
    start();
    const urls = Array.from({length: 10}, (_, i) => `https://badges.example.org/assertions/${i}`);
    await Promise.all(urls.map(url => send({type: 'verify', url, lang: 'en'}, TAB)));
    expect(verify).toHaveBeenCalledTimes(10);
    expect(most).toBe(4);
  });

  test('a failing task frees its slot', async() => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(async() => 'next')).toBe('next');
  });
});
