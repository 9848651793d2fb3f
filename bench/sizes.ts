import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AssetMap } from './build.ts';

/** A build served under a URL prefix. */
export interface ServedBuild {
  prefix: string;
  dir: string;
  assets: AssetMap;
}

export interface FileSize {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  /** 0..1: the part of the file only the mock backend needs (1 for files loaded only for it). */
  mockShare: number;
  note?: string;
}

export interface Split {
  js: number;
  css: number;
}

export interface LoadSizes {
  /** gzip bytes of what the real app needs (everything not mock-only). */
  app: Split;
  /** gzip bytes of mock-only code: MSW, `mocks/**`, the dev panel, the service worker script. */
  mock: Split;
  files: FileSize[];
}

const gzipCache = new Map<string, { bytes: number; gzipBytes: number }>();

async function measureFile(path: string) {
  const cached = gzipCache.get(path);
  if (cached) return cached;
  const body = await readFile(path);
  const size = { bytes: body.length, gzipBytes: gzipSync(body).length };
  gzipCache.set(path, size);
  return size;
}

/**
 * The files a real (mock-free) build would have loaded: the static-import closure of the loaded
 * app roots (the entry and the route chunks the app itself `import()`s), not entering chunks that
 * exist for the mocks. Whatever else the page loaded (MSW, `mocks/**`, the dev panel and the
 * Mantine components only it uses) was loaded only for the mock backend.
 */
function neededByTheApp(loaded: ReadonlySet<string>, assets: AssetMap): Set<string> {
  const needed = new Set<string>();
  const queue = [...loaded].filter((file) => assets[file]?.appRoot);
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const asset = assets[file];
    if (needed.has(file) || !asset || asset.mockRoot) continue;
    needed.add(file);
    queue.push(...asset.imports, ...asset.css);
  }
  return needed;
}

/** gzip (node:zlib, default level 6) of every JS and CSS file the page loaded, split into app and mock code. */
export async function sizeLoadedFiles(urls: readonly string[], origin: string, builds: readonly ServedBuild[]) {
  const sizes: LoadSizes = { app: { js: 0, css: 0 }, mock: { js: 0, css: 0 }, files: [] };
  const ordered = [...builds].sort((a, b) => b.prefix.length - a.prefix.length);
  const loaded = new Map<ServedBuild, Map<string, 'js' | 'css'>>();
  for (const url of new Set(urls)) {
    const { origin: urlOrigin, pathname } = new URL(url);
    const kind = pathname.endsWith('.js') ? 'js' : pathname.endsWith('.css') ? 'css' : null;
    const build = ordered.find((candidate) => pathname.startsWith(candidate.prefix));
    if (urlOrigin !== origin || !kind || !build) continue;
    const files = loaded.get(build) ?? new Map<string, 'js' | 'css'>();
    files.set(pathname.slice(build.prefix.length), kind);
    loaded.set(build, files);
  }
  for (const [build, files] of loaded) {
    const needed = neededByTheApp(new Set(files.keys()), build.assets);
    for (const [file, kind] of files) {
      const { bytes, gzipBytes } = await measureFile(join(build.dir, file));
      const asset = build.assets[file];
      let mockShare = 0;
      let note: string | undefined;
      if (!asset && file === 'mockServiceWorker.js') {
        mockShare = 1;
        note = 'the service worker script (the browser fetches it to register and update the worker)';
      } else if (!asset) {
        note = 'not in the build graph: counted as app';
      } else if (!needed.has(file)) {
        mockShare = 1;
        note = 'loaded only for the mock backend';
      } else {
        mockShare = asset.mockModuleShare;
      }
      sizes.files.push({ file: build.prefix + file, kind, bytes, gzipBytes, mockShare, ...(note ? { note } : {}) });
      sizes.app[kind] += gzipBytes * (1 - mockShare);
      sizes.mock[kind] += gzipBytes * mockShare;
    }
  }
  sizes.files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return sizes;
}
