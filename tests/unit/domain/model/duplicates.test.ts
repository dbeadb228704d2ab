import { describe, expect, it } from "vitest";
import {
  addPerson,
  createDocument,
  findLikelyDuplicates,
  mapId,
  personId,
  type PersonId,
} from "../../../../src/domain/model";
import { parseCsvMap, parseNameList } from "../../../../src/io/import";
import { expectOk } from "../../io/import/helpers";
import { sampleNetwork } from "../../support/documents";

describe("findLikelyDuplicates", () => {
  it("returns romanised names equal to a reading, swapped word order and typos, but not exact matches", () => {
    const doc = sampleNetwork();
    const imported = expectOk(
      parseNameList("paste", "Sato Yui\nTakahashi Kazuko\n高橋 和子\nKazuko Takahashi\n高橋 和干"),
    );
    const dups = findLikelyDuplicates(doc, imported.doc);
    const byName = Object.fromEntries(dups.map((d) => [d.importedName, [d.existingName, d.reason]]));
    expect(byName["Takahashi Kazuko"]).toEqual(["高橋 和子", "reading"]);
    expect(byName["Kazuko Takahashi"]).toEqual(["高橋 和子", "reading"]);
    expect(byName["高橋 和干"]).toEqual(["高橋 和子", "similar"]);
    expect(byName["高橋 和子"]).toBeUndefined();
    expect(byName["Sato Yui"]).toBeUndefined();
  });

  it("returns nothing for the user's own placeholder", () => {
    const doc = sampleNetwork();
    const imported = expectOk(parseNameList("paste", "Someone"));
    expect(findLikelyDuplicates(doc, imported.doc).map((d) => d.importedId)).not.toContain(
      imported.doc.egoId as PersonId,
    );
  });
});

describe("findLikelyDuplicates with readings in either kana and Latin spacing", () => {
  const doc = [
    { id: "yui", name: "佐藤 結衣", reading: "サトウ ユイ" },
    { id: "anna", name: "Anna Müller" },
  ].reduce(
    (d, p) => addPerson(d, { ...p, id: personId(p.id) }),
    createDocument({ id: mapId("m"), title: "", egoId: personId("me"), egoName: "Me", now: "2026-01-01" }),
  );

  it("offers a person whose reading is in hiragana as the one whose reading is in katakana", () => {
    const imported = expectOk(parseCsvMap({ people: { file: "p.csv", text: "name,reading\n佐藤 由衣,さとうゆい\n" } }));
    expect(findLikelyDuplicates(doc, imported.doc).map((d) => [d.importedName, d.existingName, d.reason])).toEqual([
      ["佐藤 由衣", "佐藤 結衣", "reading"],
    ]);
  });

  it("offers a Latin name written without its space for review rather than merging it", () => {
    const imported = expectOk(parseNameList("paste", "AnnaMüller"));
    expect(findLikelyDuplicates(doc, imported.doc).map((d) => [d.importedName, d.existingName, d.reason])).toEqual([
      ["AnnaMüller", "Anna Müller", "spacing"],
    ]);
  });
});
