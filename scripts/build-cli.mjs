// Bundles the command-line entry points (src/cli) into plain ES modules in dist-cli/ with
// esbuild (already installed as vite's and tsx's dependency), so `npm run analyze` and
// `npm run bench` start without compiling TypeScript. Run by `npm run build`, and by
// scripts/cli.mjs whenever a source file is newer than the bundle.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = join(ROOT, "dist-cli");
/** Written last: its mtime is the bundle's age (scripts/cli.mjs compares it with the sources'). */
export const STAMP = join(OUT_DIR, ".built");
/** The source files under src/ the bundle was built from (scripts/cli.mjs checks only these). */
export const INPUTS = join(OUT_DIR, ".inputs.json");

/** Entry points: name in dist-cli → source. */
export const ENTRIES = {
  analyze: "src/cli/analyzeMain.ts",
  bench: "src/cli/bench.ts",
  pathsWorker: "src/cli/pathsWorkerNode.ts",
};

/**
 * src/io/import/native.ts's import of src/io/native goes to src/cli/lazyNative.ts, which loads
 * it (and zod, most of the bundle) only when a native map is read: a CSV starts without it.
 */
const lazyNative = {
  name: "lazy-native",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/native$/ }, (args) =>
      args.importer === join(ROOT, "src/io/import/native.ts")
        ? { path: join(ROOT, "src/cli/lazyNative.ts") }
        : undefined,
    );
  },
};

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import("esbuild");
  const t0 = performance.now();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  // One build per entry: each entry file then holds all the code it imports statically, and
  // only what it loads on demand (zod, xmldom, i18next) is a chunk of its own. Built together,
  // the code the entries share was split into six chunks that Node's loader resolves, reads and
  // links one by one on every run (~4 ms of the 1,000/5,000 run's start).
  const results = await Promise.all(
    Object.entries(ENTRIES).map(([name, src]) =>
      build({
        metafile: true,
        absWorkingDir: ROOT,
        entryPoints: { [name]: join(ROOT, src) },
        outdir: OUT_DIR,
        outExtension: { ".js": ".mjs" },
        bundle: true,
        splitting: true,
        chunkNames: "chunk-[hash]",
        format: "esm",
        platform: "node",
        target: "node20",
        sourcemap: "linked",
        legalComments: "none",
        minify: process.env.CLI_MINIFY !== "0",
        logLevel: quiet ? "error" : "warning",
        // CommonJS dependencies (papaparse, graphology's) may call require(): give the bundle one.
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
        plugins: [lazyNative],
        define: { "import.meta.env.DEV": "false", "import.meta.env.PROD": "true" },
      }),
    ),
  );
  const inputs = [
    ...new Set(results.flatMap((r) => Object.keys(r.metafile.inputs).filter((f) => f.startsWith("src/")))),
  ];
  writeFileSync(INPUTS, JSON.stringify(inputs));
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  if (!quiet)
    console.error(
      `build-cli: bundled ${Object.keys(ENTRIES).join(", ")} into dist-cli/ in ${(performance.now() - t0).toFixed(0)} ms`,
    );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
