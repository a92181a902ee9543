import {afterEach, describe, expect, test, vi} from 'vitest';
import {createNet, type NetOptions} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';
import {fakeFetch, expectCode} from './fake-fetch.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('assertAllowed: which URLs may be requested at all', () => {
  const net = createNet({fetch: fakeFetch()});

  test('an https URL is allowed, without its fragment and without tracking parameters', () => {
    expect(net.assertAllowed('https://issuer.example/doc?id=1&utm_source=li#key-1').href).toBe('https://issuer.example/doc?id=1');
  });

  test.each([
    'http://issuer.example/doc',
    'ftp://issuer.example/doc',
    'ws://issuer.example/doc',
  ])('%s is refused: https only', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
    expect(() => createNet({allowPrivateNetwork: true}).assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test.each([
    'file:///etc/passwd',
    'data:application/json,{}',
    'javascript:alert(1)',
  ])('%s is refused, also with allowPrivateNetwork', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(NetError);
    expect(() => createNet({allowPrivateNetwork: true}).assertAllowed(url)).toThrow(NetError);
  });

  test.each(['not a url', '', '/relative/path', 'https://'])('%j is refused as not a URL', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test('a URL carrying a user name or password is refused', () => {
    expect(() => net.assertAllowed('https://user:secret@issuer.example/')).toThrow(expect.objectContaining({code: 'network_error'}));
    expect(() => net.assertAllowed('https://user@issuer.example/')).toThrow(expect.objectContaining({code: 'network_error'}));
  });

  test.each([
    'https://localhost/',
    'https://localhost./',
    'https://foo.localhost/',
    'https://printer.local/',
    'https://intranet/',
    'https://127.0.0.1/',
    'https://127.1.2.3:8443/',
    'https://10.1.2.3/',
    'https://172.16.0.1/',
    'https://192.168.1.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://0177.0.0.1/',
    'https://[::1]/',
    'https://[::]/',
    'https://[fe80::1]/',
    'https://[fc00::1]/',
    'https://[fd12:3456::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:10.0.0.1]/',
    'http://127.0.0.1/',
    'http://localhost:8080/',
  ])('%s is refused with private_network_blocked', (url) => {
    expect(() => net.assertAllowed(url)).toThrow(expect.objectContaining({code: 'private_network_blocked'}));
  });

  test('with allowPrivateNetwork, loopback and private addresses are allowed, over https and plain http', () => {
    const open = createNet({allowPrivateNetwork: true});
    expect(open.assertAllowed('https://localhost:8443/did.json').href).toBe('https://localhost:8443/did.json');
    expect(open.assertAllowed('http://127.0.0.1:3000/x').href).toBe('http://127.0.0.1:3000/x');
    expect(open.assertAllowed('http://[::1]:3000/x').href).toBe('http://[::1]:3000/x');
    expect(open.assertAllowed('http://192.168.1.10/x').href).toBe('http://192.168.1.10/x');
  });

  test('offline refuses every URL with code offline, public or private', () => {
    const offline = createNet({offline: true, allowPrivateNetwork: true});
    expect(() => offline.assertAllowed('https://issuer.example/')).toThrow(expect.objectContaining({code: 'offline'}));
    expect(() => offline.assertAllowed('http://127.0.0.1/')).toThrow(expect.objectContaining({code: 'offline'}));
  });

  test('the error names the refused URL', () => {
    try {
      net.assertAllowed('https://169.254.169.254/latest');
      expect.unreachable();
    } catch(error) {
      expect(error).toBeInstanceOf(NetError);
      expect((error as NetError).url).toBe('https://169.254.169.254/latest');
    }
  });
});

describe('get: refused URLs are never requested', () => {
  test.each([
    ['https://127.0.0.1/x', {}, 'private_network_blocked'],
    ['https://[::1]/x', {}, 'private_network_blocked'],
    ['https://localhost/x', {}, 'private_network_blocked'],
    ['http://issuer.example/x', {}, 'network_error'],
    ['http://issuer.example/x', {allowPrivateNetwork: true}, 'network_error'],
    ['https://issuer.example/x', {offline: true}, 'offline'],
  ] as const)('%s with %j → %s, zero fetch calls', async(url, options: NetOptions, code) => {
    const fetch = fakeFetch();
    await expectCode(createNet({...options, fetch}).get(url, '*/*'), code);
    expect(fetch).not.toHaveBeenCalled();
  });
});
