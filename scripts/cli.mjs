// Launcher of the built command line: `node scripts/cli.mjs analyze|bench [args]` (what
// `npm run analyze` and `npm run bench` run). It rebuilds dist-cli/ only when a file under src/
// that the bundle was built from (or package.json, or the build script) is newer than the bundle — a few milliseconds of stat
// calls — then imports the bundle in this process and runs its main(). No TypeScript is compiled
// on an ordinary run.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ENTRIES, INPUTS, OUT_DIR, ROOT, STAMP, buildCli } from "./build-cli.mjs";

function newestSource() {
  let newest = Math.max(
    statSync(join(ROOT, "package.json")).mtimeMs,
    statSync(join(ROOT, "scripts/build-cli.mjs")).mtimeMs,
  );
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  let inputs = null;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
  } catch {
    // An older bundle without its list: every file under src/.
  }
  if (Array.isArray(inputs)) {
    // The files the bundle was built from: an edit to any of them (or to a file they newly
    // import, which means editing one of them) makes the bundle stale; a missing one too.
    for (const file of inputs) {
      try {
        newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
      } catch {
        return Infinity;
      }
    }
  } else walk(join(ROOT, "src"));
  return newest;
}

function builtAt() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return -Infinity;
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === "--build") {
  await buildCli();
} else if (command === undefined || !Object.hasOwn(ENTRIES, command) || command === "pathsWorker") {
  console.error("usage: node scripts/cli.mjs analyze|bench [args] (or --build)");
  process.exitCode = 2;
} else {
  if (builtAt() < newestSource()) await buildCli({ quiet: true });
  const entry = await import(pathToFileURL(join(OUT_DIR, `${command}.mjs`)).href);
  process.exitCode = await entry.main(args);
}
