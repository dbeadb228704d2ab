// Test helpers for the importers: fixture bytes and the Node DOMParser.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { checkInvariants, strengthOfTie, tieId, type MapDocument, type PersonId } from "../../../../src/domain/model";
import { importFile, type ImportError, type ImportedMap } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";
import type { Result } from "../../../../src/domain/result";

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, "../../../fixtures/import");

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
export const fixtureText = (name: string): string => readFileSync(resolve(FIXTURES, name), "utf8");
export const NODE_OPTIONS = { domParser: XmldomParser } as const;

/** The error for line 3 of t.csv, whose closeness cell says "very" instead of a rating from 1 to 5. */
export const BAD_CLOSENESS: ImportError = {
  kind: "badRow",
  file: "t.csv",
  line: 3,
  field: "closeness",
  value: "very",
  expected: "likert",
};

export function expectOk(r: Result<ImportedMap, ImportError>): ImportedMap {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  expect(checkInvariants(r.value.doc)).toEqual([]);
  return r.value;
}

/** Imports a fixture file under the name `name` (a user's file is often renamed), expecting success. */
export function importFixture(
  name: string,
  fixture = name,
  options: Partial<Parameters<typeof importFile>[2]> = {},
): ImportedMap {
  return expectOk(importFile(name, fixtureBytes(fixture), { ...NODE_OPTIONS, ...options }));
}

export function expectErr(r: Result<ImportedMap, ImportError>): ImportError {
  if (r.ok) throw new Error("expected an error");
  return r.error;
}

export const names = (doc: MapDocument): string[] =>
  Object.values(doc.people)
    .map((p) => p.name)
    .sort();

export function personNamed(doc: MapDocument, name: string) {
  const p = Object.values(doc.people).find((x) => x.name === name);
  if (!p) throw new Error(`no person named ${name}; have ${names(doc).join(", ")}`);
  return p;
}

export function communitiesOf(doc: MapDocument, name: string): string[] {
  return personNamed(doc, name)
    .communityIds.map((c) => doc.communities[c]?.name ?? "?")
    .sort();
}

export function tieBetween(doc: MapDocument, a: string, b: string) {
  const pa = a === "ego" ? doc.egoId : personNamed(doc, a).id;
  const pb = b === "ego" ? doc.egoId : personNamed(doc, b).id;
  return doc.ties[tieId(pa as PersonId, pb as PersonId)];
}

export function strengthBetween(doc: MapDocument, a: string, b: string): number | null | undefined {
  const t = tieBetween(doc, a, b);
  return t ? strengthOfTie(t) : undefined;
}
