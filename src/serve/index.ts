// `newsgraph serve`: the viewer bundle and the graph files of one output folder over HTTP, on
// 127.0.0.1 only, GET and HEAD only, never a file outside those two folders.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, normalize, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeOptions {
  port: number;
  host: string;
  /** Folder of the viewer bundle; defaults to viewer/dist of the package. */
  viewerDir: string;
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  port: 5174,
  host: '127.0.0.1',
  viewerDir: fileURLToPath(new URL('../../viewer/dist', import.meta.url)),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const PLACEHOLDER = `<!doctype html><meta charset="utf-8"><title>Newsgraph</title>
<p>The viewer bundle is not built (run <code>npm run build:viewer</code>). The graph is at <a href="graph.json">graph.json</a> and <a href="graph.gexf">graph.gexf</a>.</p>`;

/** Maps a request path to a file inside `root`, or undefined when it would leave it. */
export function safePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return undefined;
  const base = resolvePath(root);
  const full = resolvePath(base, `.${sep}${normalize(decoded)}`);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

export function serve(dataDir: string, options: Partial<ServeOptions> = {}): Promise<{ server: Server; url: string }> {
  const opts = { ...DEFAULT_SERVE_OPTIONS, ...options };
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    const path = url === '/' || url.startsWith('/?') ? '/index.html' : url;
    const candidates = [safePath(opts.viewerDir, path), safePath(dataDir, path)];
    if (candidates.every((c) => c === undefined)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const file = candidates.find((c) => c && existsSync(c) && statSync(c).isFile());
    if (!file) {
      if (path === '/index.html') {
        res.writeHead(200, { 'content-type': TYPES['.html']! }).end(req.method === 'HEAD' ? undefined : PLACEHOLDER);
        return;
      }
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveP, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      resolveP({ server, url: `http://${opts.host}:${port}/` });
    });
  });
}

