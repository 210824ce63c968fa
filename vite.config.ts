import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Mantine's styles per component instead of the whole '@mantine/core/styles.css' (210 kB):
 * each component's class names come from its `X.module.css.mjs`, so where the bundle keeps
 * that module, this adds `import '@mantine/core/styles/X.css'` (Mantine's per-component file)
 * beside it. A component's styles then travel in the chunk that draws it, after the styles of
 * the components it is built on (imported before it), and a component no page uses brings
 * none. The global styles are imported once in main.tsx.
 */
function mantineStylesPerComponent(): Plugin {
  const classNamesModule = /\/@mantine\/core\/esm\/.*\/([A-Za-z]+)\.module\.css\.mjs$/;
  return {
    name: 'ciclo:mantine-styles-per-component',
    transform(code, id) {
      const component = classNamesModule.exec(id)?.[1];
      if (!component) return null;
      return { code: `import '@mantine/core/styles/${component}.css';\n${code}`, map: null };
    },
  };
}

/**
 * A gzip copy beside each text file of the build, which the server sends to a browser that
 * accepts it (src/server/app.ts, `preCompressed`): a phone on a slow network downloads the
 * app's code at about a third of its size, with no compression work per request.
 */
function precompressed(): Plugin {
  let outDir = '';
  const compressible = /\.(js|css|html|svg|json|webmanifest)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : [file];
    });
  return {
    name: 'ciclo:precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of walk(outDir)) {
          if (!compressible.test(file) || statSync(file).size < 1024) continue;
          writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
        }
      },
    },
  };
}

/**
 * The app installs on a phone and opens without a network: a web app manifest, and a Workbox
 * service worker that keeps the app itself (its pages' code, styles and icons) and serves it
 * offline. It keeps no answer of the API: what the device keeps of children's records is
 * sealed in IndexedDB (src/web/offline), never in the service worker's plain cache.
 */
function installableApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    // a script file of its own: the content security policy allows no inline script
    injectRegister: 'script-defer',
    includeAssets: ['icons/*.png'],
    manifest: {
      name: 'Ciclo',
      short_name: 'Ciclo',
      description: "The Migrant Education Program's continuous improvement cycle",
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#066649',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
      globIgnores: ['**/.vite/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      // the page that installed it is served by it at once, so it opens offline from then on
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

/**
 * The web app: src/web, built to dist/web, which the server serves (src/server/app.ts). The
 * manifest lets bench/web-bundle.ts follow what each page loads.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), mantineStylesPerComponent(), installableApp(), precompressed()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    rollupOptions: {
      output: {
        // React is a chunk of its own: it changes far less often than the app, so a phone
        // keeps it cached across releases; and no chunk nears Vite's 500 kB warning.
        manualChunks: (id) =>
          /\/node_modules\/(react|react-dom|scheduler)\//.test(id) ? 'react' : undefined,
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
