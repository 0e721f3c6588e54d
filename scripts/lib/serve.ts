/**
 * A tiny static HTTP server on 127.0.0.1 (random port) for test, demo and benchmark
 * pages. Pages come from an in-memory map or from a folder; nothing else is served.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Page {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface Server {
  origin: string;
  url(path: string): string;
  /** Adds or replaces an in-memory page. */
  set(path: string, page: Page | string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function typeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `pages` (path → page) and, when given, files under `root`. `host` lets tests run a second origin (e.g. 127.0.0.2). */
export async function serve(pages: Record<string, Page | string> = {}, root?: string, host = '127.0.0.1'): Promise<Server> {
  const map = new Map<string, Page>();
  const set = (path: string, page: Page | string) => map.set(path, typeof page === 'string' ? { body: page } : page);
  for (const [path, page] of Object.entries(pages)) set(path, page);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = map.get(path) ?? (root ? await fromDisk(root, path) : undefined);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? typeOf(path), 'cache-control': 'no-store', ...page.headers });
    res.end(page.body);
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    set,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function fromDisk(root: string, path: string): Promise<Page | undefined> {
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root) + sep)) return undefined;
  try {
    return { body: await readFile(file) };
  } catch {
    return undefined;
  }
}
