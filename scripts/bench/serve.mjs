// Serves the built bench page on a loopback port and forwards /couch/* to the PouchDB dev server with the
// benchmark's admin credentials, so the page's replication is same-origin (no CORS setup on the server) and the
// credentials never enter the page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
export const COUCH_PREFIX = '/couch/';

function serveFile(root, req, res) {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^([/\\])+/, '');
  const file = join(root, path === '' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

function forward(couch, req, res) {
  const target = new URL(couch.url);
  const headers = { ...req.headers, host: target.host, authorization: couch.authorization };
  const upstream = http.request(
    { host: target.hostname, port: target.port, method: req.method, path: `/${(req.url ?? '').slice(COUCH_PREFIX.length)}`, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'bad_gateway', reason: String(error) }));
  });
  req.pipe(upstream);
}

/**
 * @param {{ root: string, couch: { url: string, authorization: string } | null }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function servePage({ root, couch }) {
  const server = http.createServer((req, res) => {
    if (couch && (req.url ?? '').startsWith(COUCH_PREFIX)) forward(couch, req, res);
    else serveFile(root, req, res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done()));
  };
  return { url, stop };
}
