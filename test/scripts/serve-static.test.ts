import {mkdtempSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {fileFor, serveStatic} from '../../scripts/serve-static.mjs';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(root, 'app.js'), 'export {};');

describe('fileFor keeps every path inside the folder', () => {
  test.each([
    ['/', join(root, 'index.html')],
    ['/app.js', join(root, 'app.js')],
    ['/a/b/', join(root, 'a/b/index.html')],
  ])('%s → inside', (path, file) => {
    expect(fileFor(root, path)).toBe(file);
  });
  test.each(['/../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%00', '/%E0%A4%A'])('%s → refused', path => {
    expect(fileFor(root, path)).toBeUndefined();
  });
});

describe('serveStatic', () => {
  const servers: Server[] = [];
  afterEach(async() => {
    // fetch keeps connections alive; close them, or close() waits for their idle timeout.
    await Promise.all(servers.splice(0).map(server => new Promise(resolve => {
      server.close(resolve);
      server.closeAllConnections();
    })));
  });
  const serve = async(port: number) => {
    const served = await serveStatic(root, {port});
    servers.push(served.server);
    return served;
  };

  test('serves files with their type and safety headers, 404 otherwise', async() => {
    const {url} = await serve(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${url}app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${url}missing.js`)).status).toBe(404);
    expect((await fetch(url, {method: 'POST'})).status).toBe(405);
  });

  test('a taken port falls back to a free one', async() => {
    const first = await serve(0);
    const port = Number(new URL(first.url).port);
    const second = await serve(port);
    expect(second.url).not.toBe(first.url);
    expect((await fetch(second.url)).status).toBe(200);
  });
});
