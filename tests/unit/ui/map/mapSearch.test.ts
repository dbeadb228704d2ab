import { describe, expect, it } from "vitest";
import { addPerson, createDocument, mapId, personId, type MapDocument } from "../../../../src/domain/model";
import { findPeople } from "../../../../src/ui/map/mapSearch";
import { sampleNetwork } from "../../support/documents";

function doc(): MapDocument {
  let d = createDocument({
    id: mapId("m"),
    title: "t",
    egoId: personId("me"),
    egoName: "高橋 美咲",
    now: "2026-01-01T00:00:00Z",
  });
  d = addPerson(d, { id: personId("hanako"), name: "鈴木 花子", reading: "スズキ ハナコ" });
  d = addPerson(d, { id: personId("yui"), name: "Sato Yui" });
  d = addPerson(d, { id: personId("taro"), name: "鈴木 太郎", reading: "すずき たろう" });
  return d;
}

describe("findPeople", () => {
  it("finds a Japanese name typed without its space, and with an ideographic space", () => {
    expect(findPeople(doc(), "鈴木花子").map((h) => h.id)).toEqual(["hanako"]);
    expect(findPeople(doc(), "鈴木　花子").map((h) => h.id)).toEqual(["hanako"]);
  });

  it("finds a katakana reading typed in hiragana, and a hiragana one typed in katakana", () => {
    expect(findPeople(doc(), "すずきはな").map((h) => h.id)).toEqual(["hanako"]);
    expect(findPeople(doc(), "タロウ").map((h) => h.id)).toEqual(["taro"]);
  });

  it("lists names that start with the query first, and finds the ego too", () => {
    const d = addPerson(doc(), { id: personId("aoki"), name: "青木 鈴" });
    const hits = findPeople(d, "鈴").map((h) => h.id);
    expect(hits).toHaveLength(3);
    expect(hits[2]).toBe("aoki");
    expect(findPeople(doc(), "satoyui").map((h) => h.id)).toEqual(["yui"]);
    expect(findPeople(doc(), "美咲").map((h) => h.id)).toEqual(["me"]);
    expect(findPeople(doc(), "yui")[0]?.id).toBe("yui");
    expect(findPeople(doc(), "  ")).toEqual([]);
  });

  it("finds every person of the sample by their name typed without spaces", () => {
    const sample = sampleNetwork();
    for (const p of Object.values(sample.people)) {
      expect(findPeople(sample, p.name.replace(/\s/gu, "")).map((h) => h.id)).toContain(p.id);
    }
  });
});
