import { resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

/** One emitted JS or CSS file, with what the bench needs to tell app code from mock code. */
export interface BuiltAsset {
  kind: 'js' | 'css';
  /** 0..1 of the chunk's rendered code that comes from `mocks/**` or MSW modules (0 for CSS). */
  mockModuleShare: number;
  /** Chunks this chunk imports statically (they load with it), and the CSS it brings. */
  imports: string[];
  css: string[];
  /** The entry chunk, or a chunk the code loads with `import()` whose own module is not a mock. */
  appRoot: boolean;
  /** A chunk loaded with `import()` of a mock module (`mocks/browser`, the dev panel). */
  mockRoot: boolean;
}

/** Keyed by the file's path in the output folder, e.g. `assets/index-B2x.js`. */
export type AssetMap = Record<string, BuiltAsset>;

/** Sources that exist only for the mock backend: `mocks/**`, the bench page's `mocks/` and the MSW packages. */
export function isMockSource(projectRoot: string, id: string): boolean {
  const path = id.split('?')[0] ?? id;
  return (
    path.startsWith(resolve(projectRoot, 'mocks') + sep) ||
    path.startsWith(resolve(projectRoot, 'bench/datatable-page/mocks') + sep) ||
    path.includes(`${sep}node_modules${sep}msw${sep}`) ||
    path.includes(`${sep}node_modules${sep}@mswjs${sep}`)
  );
}

/**
 * Records the chunk graph of the build (see `BuiltAsset`); sizes.ts walks it for each page load.
 * Web workers are built separately (`inWorker`): their entry is a root only for the mocks.
 */
function chunkGraph(projectRoot: string, assets: AssetMap, inWorker = false): Plugin {
  return {
    name: 'bench-chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'asset') {
          if (output.fileName.endsWith('.css')) {
            assets[output.fileName] = {
              kind: 'css',
              mockModuleShare: 0,
              imports: [],
              css: [],
              appRoot: false,
              mockRoot: false,
            };
          }
          continue;
        }
        let total = 0;
        let mock = 0;
        for (const [id, module] of Object.entries(output.modules)) {
          total += module.renderedLength;
          if (isMockSource(projectRoot, id)) mock += module.renderedLength;
        }
        const mockFacade = output.facadeModuleId !== null && isMockSource(projectRoot, output.facadeModuleId);
        assets[output.fileName] = {
          kind: 'js',
          mockModuleShare: total === 0 ? 0 : mock / total,
          imports: output.imports,
          css: [...(output.viteMetadata?.importedCss ?? [])],
          appRoot: !inWorker && (output.isEntry || (output.isDynamicEntry && !mockFacade)),
          mockRoot: (inWorker || output.isDynamicEntry) && mockFacade,
        };
      }
    },
  };
}

export interface BuildOptions {
  projectRoot: string;
  /** The Vite config file to use (its `root` decides what is built). */
  configFile: string;
  outDir: string;
}

/** A production build through Vite's API (same as `vite build`), returning its chunk graph. */
export async function buildWithOrigins({ projectRoot, configFile, outDir }: BuildOptions): Promise<AssetMap> {
  const assets: AssetMap = {};
  await build({
    configFile,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [chunkGraph(projectRoot, assets)],
    worker: { plugins: () => [chunkGraph(projectRoot, assets, true)] },
  });
  return assets;
}
