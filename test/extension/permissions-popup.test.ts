// @vitest-environment happy-dom
import {h, render} from 'preact';
import {afterEach, beforeAll, beforeEach, describe, expect, test, vi} from 'vitest';
import {fakeBrowser} from 'wxt/testing/fake-browser';
import type {BackgroundApi} from '../../extension/background/index.js';
import {verify as verifyCore, type Report, type VerifyOptions} from '../../shared/index.js';

/**
 * The popup's "check a credential" box, asking for host access at the click. The popup takes
 * `browser` from wxt/browser (the browser's own global), so WXT's fake browser is installed as
 * that global before the popup is loaded; the background answers it through the same fake.
 */
let App: typeof import('../../extension/popup/app.js').App;
let startBackground: typeof import('../../extension/background/index.js').startBackground;
let root: HTMLElement;
let request: ReturnType<typeof vi.fn<(permissions: {origins: string[]}) => Promise<boolean>>>;
let verify: ReturnType<typeof vi.fn<(input: string, options: VerifyOptions) => Promise<Report>>>;

beforeAll(async() => {
  vi.stubGlobal('chrome', fakeBrowser);
  ({App} = await import('../../extension/popup/app.js'));
  ({startBackground} = await import('../../extension/background/index.js'));
});

beforeEach(() => {
  fakeBrowser.reset();
  request = vi.fn(async() => true);
  Object.assign(fakeBrowser.permissions, {request});
  // The real core, with no network: whatever the popup sends comes back as a real report.
  verify = vi.fn((input: string, options: VerifyOptions) => verifyCore(input, {...options, offline: true}));
  startBackground(fakeBrowser as unknown as BackgroundApi, {verify});
  root = document.createElement('div');
  document.body.append(root);
  render(h(App, {lang: 'en', tabId: Promise.resolve(-1)}), root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function check(input: string) {
  const box = root.querySelector('textarea') as HTMLTextAreaElement;
  box.value = input;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(resolve => setTimeout(resolve, 0)); // let Preact render the typed value into state
  root.querySelector('form')?.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
  await vi.waitFor(() => expect(verify).toHaveBeenCalledWith(input, {lang: 'en'}));
  await vi.waitFor(() => expect(root.querySelector('.check-result')?.textContent).not.toBe(''));
}

const note = () => root.querySelector('.check-result .refused')?.textContent ?? null;

describe('the popup\'s check box and host access', () => {
  test('a URL on a host without access: asked for that host at the click; granted, checked with no note', async() => {
    await check('https://badges.example.org/assertions/1');
    expect(request).toHaveBeenCalledWith({origins: ['https://badges.example.org/*']});
    expect(note()).toBeNull();
  });

  test('refused: still checked, and the popup says access was not allowed (the report can only be unknown there)', async() => {
    request.mockResolvedValue(false);
    await check('https://badges.example.org/assertions/1');
    expect(note()).toBe('Access to badges.example.org was not allowed, so it could only be read as far as that site permits; ' +
      'what could not be read is shown as not checked.');
  });

  test.each(['https://192.168.1.5/credential', 'https://localhost/a', '{"@context": ["https://www.w3.org/ns/credentials/v2"]}'])(
    '%s: the user is not asked (a private address the core refuses; JSON needs no host)', async input => {
      await check(input);
      expect(request).not.toHaveBeenCalled();
      expect(note()).toBeNull();
    });
});
