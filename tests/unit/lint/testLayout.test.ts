// tests/unit mirrors src/: a test lives in the folder of the module it tests, so that a reader of
// src/x/y finds its tests in tests/unit/x/y. Lint tests (of eslint.config.js) and shared helpers
// are the only folders of their own.
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const OWN_FOLDERS = ["lint", "support"];

function folders(dir: string): string[] {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isDirectory())
    .flatMap((p) => [p, ...folders(p)]);
}

describe("tests/unit layout", () => {
  it("has a folder of src for every folder of tests", () => {
    const unit = join(root, "tests/unit");
    const strays = folders(unit)
      .map((p) => relative(unit, p))
      .filter((rel) => !OWN_FOLDERS.includes(rel.split("/")[0] ?? ""))
      .filter((rel) => !statSafe(join(root, "src", rel)));
    expect(strays).toEqual([]);
  });
});

function statSafe(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
