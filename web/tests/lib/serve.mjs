// A static file server for the built site (build/web/site) on 127.0.0.1 and a free port:
// what any static host does and nothing more, so the tests see the game as a student would.
// Like every common host it sends an ETag and answers "304 Not Modified" to a browser that
// already holds the file (the service worker's install asks that way). With {gzip: true} it
// compresses every response as a production server would, which is how the figures measure
// the bytes a first visit downloads.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon',
};

export async function serve(root, {gzip = false} = {}) {
  root = path.resolve(root);
  const log = [];   // one {path, status, bytes} per response, bytes as sent on the wire
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    const send = (status, headers, body) => {
      log.push({path: rel, status, bytes: body.length});
      const length = status === 304 ? {} : {'Content-Length': body.length};   // a 304 has no body
      res.writeHead(status, {...headers, ...length, 'Cache-Control': 'no-cache'});
      res.end(body);
    };
    if (!file.startsWith(root + path.sep)) return send(403, {}, Buffer.from('forbidden'));
    fs.readFile(file, (err, body) => {
      if (err) return send(404, {'Content-Type': 'text/plain'}, Buffer.from('not found'));
      const stat = fs.statSync(file);
      const etag = `"${stat.size}-${Math.floor(stat.mtimeMs)}"`;
      if (req.headers['if-none-match'] === etag) return send(304, {ETag: etag}, Buffer.alloc(0));
      const headers = {'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', ETag: etag};
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = zlib.gzipSync(body, {level: 9});
        headers['Content-Encoding'] = 'gzip';
      }
      send(200, headers, body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
