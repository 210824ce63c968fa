/**
 * What a phone downloads before the first pages of the web app: builds the app into a
 * temporary folder (or reads a build given with `--dist DIR`), follows Vite's manifest from
 * index.html's entry through its static imports and, for each page below, the lazy chunk of
 * its route with that chunk's static imports, and gzips the files. Fails (exit 1) when a
 * page's compressed JavaScript is over the budget. Safe to re-run; it never touches dist/web.
 *
 *   npx tsx bench/web-bundle.ts            # build, then measure
 *   npx tsx bench/web-bundle.ts --dist DIR # measure an existing build (built with its manifest)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The goal of issue 9: the sign-in page and the recruiter's home under 200 kB of gzip JavaScript. */
const BUDGET_BYTES = 200_000;

/**
 * The pages measured: the lazy chunks (manifest keys, relative to src/web) each one loads
 * on top of the entry. A recruiter's home may be in Spanish, whose catalog is a chunk too.
 */
const PAGES: { name: string; chunks: string[] }[] = [
  { name: 'sign-in', chunks: ['pages/SignInPage.tsx'] },
  { name: "recruiter's home", chunks: ['pages/HomePage.tsx'] },
  { name: "recruiter's home in Spanish", chunks: ['pages/HomePage.tsx', 'i18n/spanish-catalog.ts'] },
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { dist: { type: 'string' } } });

const outDir = options.dist
  ? path.resolve(options.dist)
  : mkdtempSync(path.join(tmpdir(), 'ciclo-web-bundle-'));
try {
  if (!options.dist) {
    await build({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  }
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (!size) {
      const bytes = readFileSync(path.join(outDir, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipped.set(file, size);
    }
    return size;
  };

  /** A chunk and everything it imports statically (what the browser fetches before running it). */
  const withStaticImports = (key: string, files: Set<string>, css: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest: was it renamed?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) withStaticImports(imported, files, css);
  };

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
  console.log(
    `${'page'.padEnd(30)}${'JS files'.padStart(9)}${'JS'.padStart(11)}${'JS gzip'.padStart(11)}${'CSS gzip'.padStart(11)}`,
  );
  let overBudget = false;
  for (const page of PAGES) {
    const files = new Set<string>();
    const css = new Set<string>();
    withStaticImports('index.html', files, css);
    for (const chunk of page.chunks) withStaticImports(chunk, files, css);
    const sum = (list: Iterable<string>, kind: 'raw' | 'gzip') =>
      [...list].reduce((total, file) => total + sizeOf(file)[kind], 0);
    const jsGzip = sum(files, 'gzip');
    overBudget ||= jsGzip > BUDGET_BYTES;
    console.log(
      `${page.name.padEnd(30)}${String(files.size).padStart(9)}${kB(sum(files, 'raw')).padStart(11)}${kB(jsGzip).padStart(11)}${kB(sum(css, 'gzip')).padStart(11)}${jsGzip > BUDGET_BYTES ? '  over budget' : ''}`,
    );
  }
  console.log(`budget: ${kB(BUDGET_BYTES)} of gzip JavaScript per page (gzip level 9)`);
  if (overBudget) process.exitCode = 1;
} finally {
  if (!options.dist) rmSync(outDir, { recursive: true, force: true });
}
