import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** A URL prefix served from one folder; a path's `.html` page if there is one, else the folder's index.html (SPA). */
export interface Mount {
  prefix: string;
  dir: string;
}

/** Answers the API requests under `prefix` (a backend in this process). */
export interface ApiMount {
  prefix: string;
  /** The origin the backend expects in request URLs (it gets each request with this origin). */
  origin: string;
  handle: (request: Request) => Promise<Response>;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const compressible = (contentType: string) => /^(text\/|application\/json|image\/svg)/.test(contentType);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(mount: Mount, pathname: string): Promise<string> {
  const relative = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)));
  const candidate = join(mount.dir, relative);
  const insideRoot = candidate === mount.dir || candidate.startsWith(mount.dir + sep);
  if (insideRoot && (await isFile(candidate))) return candidate;
  // A page of its own (`/request-appointment` → request-appointment.html), as deployments serve it.
  if (insideRoot && (await isFile(`${candidate}.html`))) return `${candidate}.html`;
  return join(mount.dir, 'index.html');
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function answerApi(api: ApiMount, request: IncomingMessage, response: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const body = await readBody(request);
  const answer = await api.handle(
    new Request(new URL(request.url ?? '/', api.origin), { method: request.method, headers, body }),
  );
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), 'Cache-Control': 'no-store' });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * A tiny static server on a free loopback port. Every response is `no-store`, so each
 * measured page load is a cold load (no HTTP cache, hence no V8 code cache either). With
 * `api`, requests under its prefix go to that backend instead.
 */
export async function startStaticServer(mounts: readonly Mount[], api?: ApiMount): Promise<StaticServer> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (api && pathname.startsWith(api.prefix)) {
      answerApi(api, request, response).catch((error: unknown) => {
        console.error('[bench] The API backend failed', error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
      return;
    }
    const mount = ordered.find((candidate) => pathname.startsWith(candidate.prefix));
    if (!mount || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    resolveFile(mount, pathname).then(
      (file) => {
        const contentType = contentTypes[extname(file)] ?? 'application/octet-stream';
        // Compressed as a deployment serves text (docs/deployment.md): Lighthouse and the load times see real transfer sizes.
        const gzip = compressible(contentType) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        response.writeHead(200, {
          'Content-Type': contentType,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        });
        if (request.method === 'HEAD') response.end();
        else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
        else createReadStream(file).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
