import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  importErrorMessage,
  importWarningMessage,
  type ImportError,
  type ImportWarning,
} from "../../../../src/io/import";

const bundle = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/io.json`, "utf8")) as Record<string, unknown>;

function lookup(tree: Record<string, unknown>, key: string): unknown {
  // i18next plural keys: "warning.mergedDuplicates" resolves to "..._one" / "..._other".
  const parts = key.split(".");
  const last = parts.pop() ?? "";
  let node: unknown = tree;
  for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
  const leaf = node as Record<string, unknown> | undefined;
  return leaf?.[last] ?? leaf?.[`${last}_other`];
}

const ERRORS: ImportError[] = [
  { kind: "tooLarge", file: "f", bytes: 1, limit: 1 },
  { kind: "empty", file: "f" },
  { kind: "badEncoding", file: "f" },
  { kind: "unknownFormat", file: "f" },
  { kind: "notCsv", file: "f", message: "m" },
  { kind: "missingColumn", file: "f", column: "name" },
  ...(["strength", "likert", "frequency", "sphere", "number"] as const).map((expected): ImportError => ({
    kind: "badRow",
    file: "f",
    line: 2,
    field: "x",
    value: "v",
    expected,
  })),
  { kind: "notXml", file: "f", message: "m" },
  { kind: "notXml", file: "f", message: "m", line: 3 },
  { kind: "notGraph", file: "f", message: "m" },
  { kind: "notJson", file: "f", message: "m" },
  { kind: "notJson", file: "f", message: "m", line: 3 },
  { kind: "notOurFormat", file: "f" },
  { kind: "versionTooNew", file: "f", found: 2, supported: 1 },
  { kind: "invalid", file: "f", path: "p", message: "m" },
  { kind: "noEmbeddedMap", file: "f" },
  { kind: "damagedImage", file: "f", problem: "truncated" },
  { kind: "damagedImage", file: "f", problem: "checksum" },
  { kind: "notAnImage", file: "f", claimed: "PNG" },
  { kind: "notVcard", file: "f" },
  { kind: "noPeople", file: "f" },
];

const WARNINGS: ImportWarning[] = [
  { kind: "skippedRow", line: 1, reason: "noName" },
  { kind: "skippedRow", line: 1, reason: "noEnds" },
  { kind: "skippedRow", line: 1, reason: "selfTie" },
  { kind: "mergedDuplicates", count: 2 },
  { kind: "weightsScaled", max: 5 },
  { kind: "skippedEdges", count: 1 },
];

describe("importErrorMessage", () => {
  for (const lang of ["en", "ja"]) {
    it(`returns keys that exist in the ${lang} io strings, each naming the file`, () => {
      const tree = bundle(lang);
      for (const e of ERRORS) {
        const m = importErrorMessage(e);
        const text = lookup(tree, m.key);
        expect(typeof text, m.key).toBe("string");
        expect(text as string, m.key).toContain("{{file}}");
        for (const name of (text as string).match(/\{\{(\w+)\}\}/gu) ?? []) {
          expect(Object.keys(m.params), `${m.key} ${name}`).toContain(name.slice(2, -2));
        }
      }
      for (const w of WARNINGS) expect(typeof lookup(tree, importWarningMessage(w).key)).toBe("string");
    });
  }
});
