// The keys the code uses: literal, never built from a template string, and each one present in
// the English file of its namespace. The types check the calls of `t()`; this also covers the key
// maps and phrase data the types see only as strings, and the namespaces typed in i18next.d.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = "src/i18n/locales";
const NAMESPACES = readdirSync(`${LOCALES}/en`)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

function leaves(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const pluralBase = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, "");

/** Namespace → the keys `t()` takes (plural forms by their base key). */
const EN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  NAMESPACES.map((ns) => {
    const all = leaves(JSON.parse(readFileSync(`${LOCALES}/en/${ns}.json`, "utf8")));
    return [ns, new Set([...all, ...all.map(pluralBase)])];
  }),
);
const TOP_LEVEL = new Set([...EN.values()].flatMap((keys) => [...keys].map((k) => k.split(".")[0])));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}
const SOURCES = sourceFiles("src").map((path) => ({ path, text: readFileSync(path, "utf8") }));

/** The namespaces a file names (useTranslation, `ns:` options, Key<…>); all of them when it names none. */
function namespacesOf(path: string, text: string): string[] {
  const named = new Set<string>();
  for (const m of text.matchAll(/useTranslation\(\s*"([\w-]+)"|\bns: "([\w-]+)"|\bKey<"([\w-]+)">/g))
    named.add((m[1] ?? m[2] ?? m[3]) as string);
  if (/useTranslation\(\s*\)|\bKey>/.test(text)) named.add("common");
  if (/\busePhrases\(/.test(text) || path.includes("domain/insights")) named.add("insights");
  if (path.includes(join("io", "import"))) named.add("io");
  return named.size > 0 ? [...named] : NAMESPACES;
}

/**
 * Double-quoted literals shaped like a dotted key whose first segment is a top-level key of a
 * namespace, and any literal passed straight to `t()` (top-level keys such as "appName").
 */
function keyLiterals(text: string): { ns?: string; key: string }[] {
  const dotted = [...text.matchAll(/"(?:([\w-]+):)?([A-Za-z]\w*(?:\.\w+)+)"/g)]
    .map((m) => ({ ns: m[1], key: m[2] as string }))
    .filter(({ ns, key }) => (ns === undefined || EN.has(ns)) && TOP_LEVEL.has(key.split(".")[0] as string));
  const called = [...text.matchAll(/\bt[a-z]?\(\s*"(?:([\w-]+):)?(\w+)"/g)].map((m) => ({
    ns: m[1],
    key: m[2] as string,
  }));
  return [...dotted, ...called];
}

describe("i18n keys in src", () => {
  it("are never built from a template string or by concatenation", () => {
    const built = SOURCES.flatMap(({ path, text }) =>
      [
        ...text.matchAll(/\bt[a-z]?\(\s*`[^`]*\$\{/g),
        ...text.matchAll(/\bt[a-z]?\(\s*"[^"]*"\s*\+/g),
        ...text.matchAll(/\bkey: `[^`]*\$\{/g),
      ].map((m) => `${path}: ${m[0]}`),
    );
    expect(built).toEqual([]);
  });

  it("each exist in the English file of the namespace their file uses", () => {
    const missing = SOURCES.flatMap(({ path, text }) => {
      const namespaces = namespacesOf(path, text);
      return keyLiterals(text)
        .filter(({ ns, key }) => !(ns ? [ns] : namespaces).some((n) => EN.get(n)?.has(key)))
        .map(({ ns, key }) => `${path}: ${ns ? `${ns}:` : ""}${key} (in ${namespaces.join(", ")})`);
    });
    expect(missing).toEqual([]);
  });

  it("are typed for every namespace file (i18next.d.ts lists each one)", () => {
    const declaration = readFileSync("src/i18n/i18next.d.ts", "utf8");
    const typed = [...declaration.matchAll(/from "\.\/locales\/en\/([\w-]+)\.json"/g)].map((m) => m[1]);
    expect(typed.sort()).toEqual([...NAMESPACES].sort());
  });
});
