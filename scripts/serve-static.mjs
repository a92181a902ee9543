/* global process, URL */
// A tiny static file server for built sites (the demo of `npm start`, the browser tests).
// node:http only: serving a folder does not warrant a dependency.
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

// The page shows hostile credential content: scripts only from the site itself, nothing framed, no plugins.
const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; img-src 'self' data: https:; connect-src 'self' https:; " +
    "style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'cache-control': 'no-cache',
};

/** The file a URL path names inside `root`, or undefined when it would leave `root`. */
export function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if(decoded.includes('\0')) {
    return undefined;
  }
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function handle(root, request, response) {
  if(request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {...HEADERS, allow: 'GET, HEAD'}).end();
    return;
  }
  const file = fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname);
  const info = file && await stat(file).catch(() => undefined);
  if(!info?.isFile()) {
    response.writeHead(404, {...HEADERS, 'content-type': 'text/plain; charset=utf-8'}).end('Not found\n');
    return;
  }
  response.writeHead(200, {...HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size});
  if(request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).on('error', () => response.destroy()).pipe(response);
}

function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    const onError = error => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen(server.address().port);
    };
    server.once('error', onError).once('listening', onListening).listen(port, host);
  });
}

/**
 * Serve `root` on `host` at `port`; when that port is taken (or not a number), on any free
 * port instead. Resolves with the server and its URL, e.g. `http://127.0.0.1:5173/`.
 */
export async function serveStatic(root, {port = 5173, host = '127.0.0.1'} = {}) {
  const folder = resolve(root);
  const server = createServer((request, response) => {
    handle(folder, request, response).catch(() => {
      if(!response.headersSent) {
        response.writeHead(500).end();
      } else {
        response.destroy();
      }
    });
  });
  let actual;
  try {
    actual = await listen(server, Number.isInteger(port) && port >= 0 && port < 65536 ? port : 5173, host);
  } catch(error) {
    if(error.code !== 'EADDRINUSE' && error.code !== 'EACCES') {
      throw error;
    }
    process.stderr.write(`Port ${port} is not available; using a free port instead.\n`);
    actual = await listen(server, 0, host);
  }
  return {server, url: `http://${host}:${actual}/`};
}
