import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { apiOrigin, cspNoncePlaceholder, documentHeaders } from './headers.ts';

/**
 * `vite preview` serves the production build as a deployment must (deploy/headers.ts): the page
 * of a path (`/request-appointment` → `request-appointment.html`), or the app's `index.html` for
 * every other app path, with a fresh nonce in its CSP and in its markup, assets with the security
 * headers (`preview.headers`). The API's own headers are the backend's (the mock sends them too).
 */
export function previewSecurityHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const pageFor = (pathname: string) => {
        const own = resolve(dist, `.${pathname.replace(/\/$/, '')}.html`);
        return own.startsWith(`${dist}/`) && existsSync(own) ? own : resolve(dist, 'index.html');
      };
      const api = apiOrigin(process.env.VITE_API_URL);
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://preview');
        const isPage = extname(pathname) === '' || extname(pathname) === '.html';
        if (!isPage || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
        const nonce = randomBytes(16).toString('base64');
        for (const [name, value] of Object.entries(documentHeaders(nonce, api))) response.setHeader(name, value);
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(
          readFileSync(pageFor(pathname.replace(/\.html$/, '')), 'utf8').replaceAll(cspNoncePlaceholder, nonce),
        );
      });
    },
  };
}
