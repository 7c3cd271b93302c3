/**
 * A tiny static HTTP server for the end-to-end tests and the screenshot script: serves the production
 * build (`dist/`) on 127.0.0.1 at a random port, optionally with another `config.json` and with extra
 * directories mounted at URL paths (e.g. the exported demo API at /api/v1). No dependency beyond node:http.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/[\\/]$/, '');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.arrow': 'application/vnd.apache.arrow.stream',
};

export interface Mount {
  /** URL path prefix, e.g. `/api/v1`. */
  urlPath: string;
  /** Directory whose files are served under the prefix. */
  dir: string;
  /** Content type of files without an extension (an exported API's `city`, `districts`, …). */
  extensionlessType?: string;
}

/** Return true when the request was answered; false lets the server carry on with files. */
export type Intercept = (request: IncomingMessage, response: ServerResponse, pathname: string) => boolean;

export interface StaticServerOptions {
  /** Directory served at `/`; defaults to `dist/`. */
  root?: string;
  /** Replaces `config.json`: an object is served as JSON, a string as is. */
  config?: unknown;
  mounts?: Mount[];
  /** Runs before file lookup, e.g. to make an endpoint fail on demand. */
  intercept?: Intercept;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Allow pages of any origin to read the responses (an API on another port than the app). */
  cors?: boolean;
  /** Extra headers on every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  /** Every request path the server saw (with query), in order. */
  log: string[];
  /** Replaces the served config.json while running. */
  setConfig(config: unknown): void;
  close(): Promise<void>;
}

export function contentTypeOf(file: string, extensionlessType = 'application/octet-stream'): string {
  const ext = path.extname(file).toLowerCase();
  if (!ext) return extensionlessType;
  return MIME[ext] ?? 'application/octet-stream';
}

/** Resolves `relative` inside `dir`, or null when it would escape it. */
function inside(dir: string, relative: string): string | null {
  const resolved = path.resolve(dir, `.${path.posix.normalize(`/${relative}`)}`);
  return resolved === dir || resolved.startsWith(dir + path.sep) ? resolved : null;
}

async function fileAt(candidate: string | null): Promise<string | null> {
  if (!candidate) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // not there
  }
  return null;
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? DIST_DIR);
  const mounts = (options.mounts ?? []).map((m) => ({
    ...m,
    urlPath: `/${m.urlPath.replace(/^\/+|\/+$/g, '')}`,
    dir: path.resolve(m.dir),
  }));
  let config = options.config;
  const log: string[] = [];

  const send = (response: ServerResponse, status: number, type: string, body: Buffer | string, head = false) => {
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // The demo's service worker sits at the root of the app and controls all of it.
      'Service-Worker-Allowed': '/',
      ...(options.cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      ...options.headers,
    });
    response.end(head ? undefined : body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    log.push(url.pathname + url.search);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(response, 400, 'text/plain; charset=utf-8', 'bad path');
      return;
    }
    if (options.intercept?.(request, response, pathname)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    const head = request.method === 'HEAD';
    if (config !== undefined && pathname === '/config.json') {
      const body = typeof config === 'string' ? config : JSON.stringify(config);
      send(response, 200, MIME['.json']!, body, head);
      return;
    }
    // A folder asked for without its slash is redirected to it, as nginx, Apache and most static servers do:
    // the app's pages (progress/) resolve their relative URLs from there.
    if (!pathname.endsWith('/') && !mounts.some((m) => pathname.startsWith(m.urlPath))) {
      const folder = inside(root, pathname);
      if (folder && (await stat(folder).catch(() => null))?.isDirectory()) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
    }
    const mount = mounts.find((m) => pathname === m.urlPath || pathname.startsWith(`${m.urlPath}/`));
    const file = mount
      ? await fileAt(inside(mount.dir, pathname.slice(mount.urlPath.length)))
      : await fileAt(inside(root, pathname));
    if (!file) {
      send(
        response,
        404,
        'application/json; charset=utf-8',
        JSON.stringify({ code: 'not_found', message: pathname }),
        head,
      );
      return;
    }
    const type = contentTypeOf(file, mount?.extensionlessType ?? 'application/json; charset=utf-8');
    send(response, 200, type, await readFile(file), head);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    log,
    setConfig: (next) => {
      config = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that nothing listens on (it was free a moment ago), for "the API is down" cases. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
