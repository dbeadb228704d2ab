// changedKeys: what an edit touched in a record of the immutable document — added, removed and
// replaced entries, prototype words included, nothing for an unchanged record.
import { describe, expect, it } from "vitest";
import { changedKeys } from "../../../../src/domain/model";

describe("changedKeys", () => {
  it("returns the added, removed and replaced keys, and none for the same record", () => {
    const kept = { v: 1 };
    const prev: Record<string, { v: number }> = { a: kept, b: { v: 2 }, gone: { v: 3 } };
    const next: Record<string, { v: number }> = { a: kept, b: { v: 2 }, added: { v: 4 } };
    expect([...changedKeys(prev, next)].sort()).toEqual(["added", "b", "gone"]);
    expect(changedKeys(prev, prev).size).toBe(0);
  });

  it("treats __proto__ and constructor as ordinary keys", () => {
    const prev = JSON.parse('{"__proto__": {"v": 1}, "x": {"v": 2}}') as Record<string, { v: number }>;
    const next = { ...JSON.parse('{"constructor": {"v": 3}}'), x: prev.x } as Record<string, { v: number }>;
    expect([...changedKeys(prev, next)].sort()).toEqual(["__proto__", "constructor"]);
  });
});
