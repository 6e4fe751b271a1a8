import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../../../src/lib/security-headers.ts';

/** Content types a plain static host would send for what is in dist/. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A running static server. */
export interface StaticServer {
  url: string;
  /** Every response sent so far: path and bytes on the wire (status line, headers and body). */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/** Resolves a URL path to a file in `root`, the way a plain static host does (dir → index.html). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Not there; try the next form.
    }
  }
  return null;
}

/**
 * Serves a built site on 127.0.0.1 at a free port, like any static host:
 * no rewrites, 404.html with status 404 for anything missing, and the headers in `_headers` applied
 * (so the browser tests run under the same CSP and security headers a real host would send).
 */
export async function serveStatic(
  root: string,
  options: {
    gzip?: boolean;
    /** Answers 503 when this returns true for a request's path: a host or a signal failing mid-visit. */
    unavailable?: (pathname: string) => boolean;
  } = {},
): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const headersFile = path.join(absoluteRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const sent: { path: string; bytes: number }[] = [];
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (options.unavailable?.(pathname)) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Unavailable');
      return;
    }
    const file = await resolveFile(absoluteRoot, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('index.html')) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = await readFile(file ?? path.join(absoluteRoot, '404.html')).catch(() => Buffer.from('Not found'));
    const type = TYPES[file ? path.extname(file) : '.html'] ?? 'application/octet-stream';
    const hostHeaders = Object.fromEntries(headersFor(rules, file ? pathname : '/404.html'));
    // With gzip on, text is compressed the way a real static host would (the benchmark measures transfer).
    const compress = options.gzip && /text|javascript|json|xml|svg|wasm/.test(type) && /gzip/.test(String(request.headers['accept-encoding']));
    const payload = compress ? gzipSync(body, { level: 9 }) : body;
    const headers = { ...hostHeaders, 'Content-Type': type, 'Cache-Control': 'no-store', ...(compress ? { 'Content-Encoding': 'gzip' } : {}) };
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : payload);
    // "HTTP/1.1 200 OK" plus "Name: value" lines, each ending in CRLF, and the blank line.
    const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 19);
    sent.push({ path: pathname, bytes: headerBytes + (request.method === 'HEAD' ? 0 : payload.length) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
