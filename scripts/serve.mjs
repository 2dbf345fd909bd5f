// Serves the built site (dist/) on localhost, as a static host would: directory indexes, 404 page, _headers.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { mediaType } from '../src/lib/shared/media-types.mjs';

/**
 * Stops a server made by createServer at once and resolves when it has stopped. `server.close()` alone waits for
 * every open connection, and a browser keeps its connections open while it runs: the browser tests' teardown could
 * wait out its 60 s hook timeout (seen in CI after all of a file's tests had passed). Every connection is closed too.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function stopServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Headers from dist/_headers (Netlify/Cloudflare format) for `/*`, so local runs match production. */
function globalHeaders(root) {
  const file = path.join(root, '_headers');
  const out = {};
  if (!fs.existsSync(file)) return out;
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { inAll = line.trim() === '/*'; continue; }
    if (inAll) { const i = line.indexOf(':'); out[line.slice(0, i).trim()] = line.slice(i + 1).trim(); }
  }
  return out;
}

export function createServer(root) {
  const headers = globalHeaders(root);
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let p = path.join(root, decodeURIComponent(url.pathname));
    if (!p.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) {
      if (!url.pathname.endsWith('/')) { res.writeHead(301, { Location: url.pathname + '/' + url.search }).end(); return; }
      p = path.join(p, 'index.html');
    }
    let status = 200;
    if (!fs.existsSync(p)) { status = 404; p = path.join(root, '404.html'); }
    res.writeHead(status, { ...headers, 'Content-Type': mediaType(p) });
    fs.createReadStream(p).pipe(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const server = createServer(root);
  // A port in use (another preview, `astro dev`) was a stack trace (a new adopter's trial, 2 December 2026).
  server.on('error', (err) => {
    console.error(
      err.code === 'EADDRINUSE'
        ? `Port ${port} is in use (another preview or \`npm run dev\`?): stop that, or choose another port, e.g. PORT=${port + 1} npm run preview`
        : `The preview server could not start: ${err.message}`,
    );
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`The handbook is being served at http://localhost:${port}/  (press Ctrl+C to stop)`);
  });
}
