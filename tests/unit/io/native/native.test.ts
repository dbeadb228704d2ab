import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInvariants } from "../../../../src/domain/model";
import { NATIVE_VERSION, parseNative, serializeNative } from "../../../../src/io/native";

const sampleText = readFileSync("data/sample-network.json", "utf8");

function parseOk(text: string) {
  const r = parseNative(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe("parseNative", () => {
  it("opens the bundled sample network, which satisfies every invariant", () => {
    const doc = parseOk(sampleText);
    expect(Object.keys(doc.people).length).toBeGreaterThanOrEqual(35);
    expect(Object.values(doc.communities).map((c) => c.sphere)).toEqual(
      expect.arrayContaining(["family", "work", "third"]),
    );
    expect(checkInvariants(doc)).toEqual([]);
  });

  it("round-trips a document through serializeNative unchanged", () => {
    const doc = parseOk(sampleText);
    expect(parseOk(serializeNative(doc))).toEqual(doc);
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseOk(`\uFEFF${sampleText}`).title).toContain("高橋");
  });

  it("reports text that is not JSON with its line", () => {
    const r = parseNative('{\n  "format": "tsunagari-map",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe("notJson");
      if (r.error.kind === "notJson") expect(r.error.line).toBe(3);
    }
  });

  it("reports JSON of another format", () => {
    const r = parseNative('{"nodes": [], "edges": []}');
    expect(r).toEqual({ ok: false, error: { kind: "notOurFormat" } });
  });

  it("refuses a file written by a newer version and says which", () => {
    const r = parseNative(JSON.stringify({ format: "tsunagari-map", formatVersion: NATIVE_VERSION + 1, document: {} }));
    expect(r).toEqual({
      ok: false,
      error: { kind: "versionTooNew", found: NATIVE_VERSION + 1, supported: NATIVE_VERSION },
    });
  });

  it("names the path of an invalid field", () => {
    const file = JSON.parse(sampleText);
    const firstTie = Object.keys(file.document.ties)[0] as string;
    file.document.ties[firstTie].answers.emotional = 9;
    const r = parseNative(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.kind === "invalid") expect(r.error.path).toMatch(/^document\.ties\..+\.answers\.emotional$/);
    else throw new Error("expected invalid");
  });

  it("names a dangling reference found by the invariants", () => {
    const file = JSON.parse(sampleText);
    file.document.people.ego.communityIds = ["missing"];
    const r = parseNative(JSON.stringify(file));
    expect(r).toMatchObject({ ok: false, error: { kind: "invalid", path: "document.people.ego" } });
  });

  it("never throws on arbitrary or mutated input", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(sampleText.length), (junk, cut) => {
        const mutated = sampleText.slice(0, cut) + junk + sampleText.slice(cut + junk.length);
        const r = parseNative(mutated);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
