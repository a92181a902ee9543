import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, beforeEach, describe, expect, test} from 'vitest';
import {createNet} from '../../../shared/net/fetcher.js';
import {NetError} from '../../../shared/net/net-error.js';

// A real HTTP server on the loopback interface, reached through the real globalThis.fetch (undici).
// Only 127.0.0.1 traffic; every request is bounded by a small timeoutMs.

let server: Server;
let origin: string;
let received: string[] = [];
const stalled = new Set<ServerResponse>();

function handle(request: IncomingMessage, response: ServerResponse) {
  received.push(request.url ?? '');
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if(path === '/doc.json') {
    response.writeHead(200, {'content-type': 'application/json'});
    response.end(JSON.stringify({id: 'local', accept: request.headers.accept}));
  } else if(path === '/moved') {
    response.writeHead(302, {location: '/doc.json'});
    response.end();
  } else if(path === '/huge') {
    response.writeHead(200, {'content-type': 'application/json'}); // chunked, no content-length
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while(sent < 4 * 1024 * 1024 && !response.destroyed) {
        sent += chunk.length;
        if(!response.write(chunk)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    pump();
  } else if(path === '/silent') {
    stalled.add(response); // never answers; closed in afterAll
  } else {
    response.writeHead(404);
    response.end();
  }
}

beforeAll(async() => {
  server = createServer(handle);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async() => {
  for(const response of stalled) {
    response.destroy();
  }
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
});

beforeEach(() => {
  received = [];
});

describe('createNet against a real server on 127.0.0.1', () => {
  test('by default the loopback server is refused with private_network_blocked and receives no request', async() => {
    const net = createNet({timeoutMs: 2000});
    for(const url of [`${origin}/doc.json`, `${origin.replace('http:', 'https:')}/doc.json`, `${origin.replace('127.0.0.1', 'localhost')}/doc.json`]) {
      const error = await net.getJson(url).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(NetError);
      expect((error as NetError).code).toBe('private_network_blocked');
    }
    expect(received).toEqual([]);
  });

  test('with allowPrivateNetwork it is fetched over plain http through the real global fetch', async() => {
    const net = createNet({allowPrivateNetwork: true, timeoutMs: 2000});
    const result = await net.getJson(`${origin}/doc.json?utm_source=test#k`);
    expect(result.url).toBe(`${origin}/doc.json`);
    expect(result.json).toEqual({id: 'local', accept: 'application/ld+json, application/json;q=0.9, */*;q=0.1'});
    expect(received).toEqual(['/doc.json']);
  });

  test('a real redirect is followed by hand and reported with its final URL', async() => {
    const net = createNet({allowPrivateNetwork: true, timeoutMs: 2000});
    const result = await net.getJson(`${origin}/moved`);
    expect(result.url).toBe(`${origin}/doc.json`);
    expect(received).toEqual(['/moved', '/doc.json']);
  });

  test('a real 404 is not_found', async() => {
    const error = await createNet({allowPrivateNetwork: true, timeoutMs: 2000}).get(`${origin}/nothing`, '*/*').catch((reason: unknown) => reason);
    expect((error as NetError).code).toBe('not_found');
    expect((error as NetError).httpStatus).toBe(404);
  });

  test('a real chunked body over the cap is cut off with too_large', async() => {
    const error = await createNet({allowPrivateNetwork: true, timeoutMs: 5000, maxBytes: 64 * 1024})
      .get(`${origin}/huge`, '*/*').catch((reason: unknown) => reason);
    expect((error as NetError).code).toBe('too_large');
  });

  test('a real server that never answers ends with timeout', async() => {
    const started = Date.now();
    const error = await createNet({allowPrivateNetwork: true, timeoutMs: 200}).get(`${origin}/silent`, '*/*').catch((reason: unknown) => reason);
    expect((error as NetError).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(received).toEqual(['/silent']);
  });
});
