import {beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import {startBackground, type BackgroundApi} from '../../extension/background/index.js';
import {writeSettings, type AddedTrustList, type SettingsStorage} from '../../extension/settings.js';
import type {Report, TrustList, VerifyOptions} from '../../shared/index.js';
import {fixtureFetch} from '../helpers/fixture-fetch.js';

const EDU = 'https://www.edubadges.nl/public/assertions/BKNLQoR4QHqKluSOOj1dlA';
const TAB = {tab: {id: 7}, url: 'https://www.linkedin.com/in/fenna-oosterbeek/'};
const OPTIONS = {tab: {id: 4}, url: fakeBrowser.runtime.getURL('/options.html')};
const LIST_URL = 'https://lists.example.org/recognised.json';
const storage = fakeBrowser.storage as unknown as SettingsStorage;

const list = (name: string): TrustList => ({name, publisher: 'Example', version: '1', validUntil: null, records: [{subject: {dids: ['did:web:example.edu']}}]});
const added = (name: string): AddedTrustList => ({source: 'file', name: `${name}.json`, publisher: 'Example', addedAt: '2026-11-23T12:00:00.000Z', list: list(name)});
const reportFor = (input: string) => ({input, verdict: 'verified'}) as unknown as Report;
const send = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender).then(answers => answers.find(answer => answer !== undefined));

let verify: ReturnType<typeof vi.fn<(input: string, options: VerifyOptions) => Promise<Report>>>;

beforeEach(() => {
  fakeBrowser.reset();
  verify = vi.fn(async(input: string) => reportFor(input));
});

describe('the user\'s trust lists in the background', () => {
  test('lists added on the options page are passed to every verification, next to the built-in ones', async() => {
    await writeSettings(storage.local, {trustLists: [added('A'), added('B')]});
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    await send({type: 'check', input: '{"a":1}', lang: 'en'}, OPTIONS);
    expect(verify.mock.calls.map(([, options]) => options)).toEqual([{lang: 'en', trust: [list('A'), list('B')]}, {lang: 'en', trust: [list('A'), list('B')]}]);
  });

  test('a change to the lists drops the cached reports: the next request verifies again, with the new lists', async() => {
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(verify).toHaveBeenCalledTimes(1); // cached
    await writeSettings(storage.local, {trustLists: [added('A')]});
    await vi.waitFor(async() => expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter(key => key.startsWith('report:'))).toEqual([]));
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify).toHaveBeenLastCalledWith(EDU, {lang: 'en', trust: [list('A')]});
    // Other settings leave the cache alone.
    await writeSettings(storage.local, {lang: 'nl', annotateLinkedIn: false});
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  test('a report that was being made while the lists changed is answered but not cached', async() => {
    let release!: () => void;
    verify.mockImplementationOnce(async input => {
      await new Promise<void>(resolve => (release = resolve));
      return reportFor(input);
    });
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
    const first = send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    await writeSettings(storage.local, {trustLists: [added('A')]});
    release();
    expect(await first).toEqual(reportFor(EDU));
    await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  test('the popup asking in another language than the page: the missing report is made, and lands in storage', async() => {
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
    await send({type: 'verify', url: EDU, lang: 'nl'}, TAB);
    expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, OPTIONS)).toEqual([{url: EDU, report: null}]);
    await vi.waitFor(async() => expect(await send({type: 'tab-results', tabId: 7, lang: 'en'}, OPTIONS)).toEqual([{url: EDU, report: reportFor(EDU)}]));
    expect(verify).toHaveBeenLastCalledWith(EDU, {lang: 'en'});
  });
});

describe('downloading a trust list for the options page', () => {
  test('the list is fetched with the core\'s network rules and handed back as text', async() => {
    const fetch = fixtureFetch({[LIST_URL]: list('Remote')});
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify, fetch});
    expect(await send({type: 'download-trust-list', url: LIST_URL}, OPTIONS)).toEqual({ok: true, url: LIST_URL, text: JSON.stringify(list('Remote'))});
  });

  test.each<[string, string]>([
    ['https://127.0.0.1/list.json', 'private_network_blocked'],
    ['https://192.168.2.1/list.json', 'private_network_blocked'],
    ['https://intranet/list.json', 'private_network_blocked'],
    ['http://lists.example.org/list.json', 'network_error'],
  ])('%s is refused before any request (%s)', async(url, problem) => {
    const fetch = fixtureFetch({});
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify, fetch});
    expect(await send({type: 'download-trust-list', url}, OPTIONS)).toEqual({ok: false, problem});
    expect(fetch.calls).toEqual([]);
  });

  test('a redirect to a private address is refused at that hop; an oversized answer is cut off', async() => {
    const fetch = fixtureFetch({
      [LIST_URL]: () => new Response(null, {status: 302, headers: {location: 'https://10.1.2.3/list.json'}}),
      'https://lists.example.org/big.json': () => new Response('x'.repeat(1024 * 1024 + 1)),
    });
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify, fetch});
    expect(await send({type: 'download-trust-list', url: LIST_URL}, OPTIONS)).toEqual({ok: false, problem: 'private_network_blocked'});
    expect(await send({type: 'download-trust-list', url: 'https://lists.example.org/big.json'}, OPTIONS)).toEqual({ok: false, problem: 'too_large'});
    expect(fetch.calls).toEqual([LIST_URL, 'https://lists.example.org/big.json']);
  });

  test('a web page cannot make the background fetch for it', async() => {
    const fetch = fixtureFetch({[LIST_URL]: list('Remote')});
    startBackground(fakeBrowser as unknown as BackgroundApi, {verify, fetch});
    expect(await send({type: 'download-trust-list', url: LIST_URL}, TAB)).toBeUndefined();
    expect(fetch.calls).toEqual([]);
  });
});

test('a request arriving while the old reports are being dropped waits for that, and is not answered from them', async() => {
  startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
  await send({type: 'verify', url: EDU, lang: 'en'}, TAB);
  // Hold the removal of the old reports, so the request lands in the middle of it.
  let release!: () => void;
  const remove = fakeBrowser.storage.session.remove.bind(fakeBrowser.storage.session);
  vi.spyOn(fakeBrowser.storage.session, 'remove').mockImplementationOnce(async keys => {
    await new Promise<void>(resolve => (release = resolve));
    return remove(keys);
  });
  await writeSettings(storage.local, {trustLists: [added('A')]});
  await vi.waitFor(() => expect(release).toBeTypeOf('function'));
  const answer = send({type: 'verify', url: EDU, lang: 'en'}, TAB);
  await new Promise(resolve => setTimeout(resolve, 0)); // the fake storage settles in microtasks: the request has got as far as it can
  release();
  await answer;
  expect(verify).toHaveBeenCalledTimes(2);
  expect(verify).toHaveBeenLastCalledWith(EDU, {lang: 'en', trust: [list('A')]});
});
