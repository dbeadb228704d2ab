import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addPerson,
  checkInvariants,
  createDocument,
  mapId,
  personId,
  tieId,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";
import { findLikelyDuplicates, mergeIntoDocument, parseCsvMap, parseNameList } from "../../../../src/io/import";
import { parseNative } from "../../../../src/io/native";
import { expectOk, personNamed } from "./helpers";

function sample(): MapDocument {
  const r = parseNative(readFileSync("data/sample-network.json", "utf8"));
  if (!r.ok) throw new Error("sample does not parse");
  return r.value;
}

describe("mergeIntoDocument", () => {
  it("adds new people tied to the user and matches existing ones by normalised name", () => {
    const doc = sample();
    const imported = expectOk(parseNameList("paste", "高橋　和子\nＡｌｅｘ Ｋｉｍ\nalex kim\n森田浩二"));
    const { doc: merged, report } = mergeIntoDocument(doc, imported, {
      now: "2026-01-01T00:00:00Z",
    });
    expect(checkInvariants(merged)).toEqual([]);
    expect(report).toMatchObject({ peopleAdded: 1, peopleMatched: 2, tiesAdded: 1 });
    expect(Object.keys(merged.people)).toHaveLength(Object.keys(doc.people).length + 1);
    const alex = personNamed(merged, "Ａｌｅｘ Ｋｉｍ");
    expect(merged.ties[tieId(merged.egoId, alex.id)]).toBeDefined();
    expect(report.unratedTies).toEqual([tieId(merged.egoId, alex.id)]);
    expect(merged.updatedAt).toBe("2026-01-01T00:00:00Z");
  });

  it("does not match names across scripts: Sato Yui is not 佐藤 結衣", () => {
    const base = createDocument({
      id: mapId("m"),
      title: "",
      egoId: personId("me"),
      egoName: "Me",
      now: "2026-01-01",
    });
    const doc = addPerson(base, { id: personId("yui"), name: "佐藤 結衣" });
    const { report } = mergeIntoDocument(doc, expectOk(parseNameList("paste", "Sato Yui\n佐藤結衣")));
    expect(report).toMatchObject({ peopleAdded: 1, peopleMatched: 1 });
  });

  it("keeps the ratings the user already gave and fills only unanswered items", () => {
    const doc = sample();
    const mother = personNamed(doc, "高橋 和子");
    const before = doc.ties[tieId(doc.egoId, mother.id)];
    const imported = expectOk(
      parseCsvMap({
        ties: { file: "t.csv", text: "source,target,closeness,services\nme,高橋 和子,1,2\n" },
      }),
    );
    const { doc: merged, report } = mergeIntoDocument(doc, imported);
    const after = merged.ties[tieId(doc.egoId, mother.id)];
    expect(report.tiesUpdated).toBe(1);
    expect(after?.answers.emotional).toBe(before?.answers.emotional);
    expect(after?.answers.services).toBe(before?.answers.services ?? 2);
  });

  it("reuses a community with the same name and adds memberships", () => {
    const doc = sample();
    const fam = Object.values(doc.communities)[0];
    if (!fam) throw new Error("sample has no community");
    const imported = expectOk(
      parseCsvMap({
        people: { file: "p.csv", text: `name,communities\nNew Person,${fam.name}\n` },
      }),
    );
    const { doc: merged, report } = mergeIntoDocument(doc, imported);
    expect(report.communitiesAdded).toBe(0);
    expect(personNamed(merged, "New Person").communityIds).toEqual([fam.id]);
  });

  it("follows the duplicate review: a confirmed match merges, null keeps a new person", () => {
    const doc = sample();
    const imported = expectOk(parseNameList("paste", "Takahashi Kazuko\n高橋 和子"));
    const romaji = personNamed(imported.doc, "Takahashi Kazuko").id;
    const kanji = personNamed(imported.doc, "高橋 和子").id;
    const mother = personNamed(doc, "高橋 和子").id;
    const { report } = mergeIntoDocument(doc, imported, {
      matches: { [romaji]: mother, [kanji]: null },
    });
    expect(report).toMatchObject({ peopleAdded: 1, peopleMatched: 1 });
  });

  it("keeps two imported people who share a name as two people", () => {
    const doc = sample();
    const imported = expectOk(parseCsvMap({ people: { file: "p.csv", text: "id,name\nk1,Ken Sato\nk2,Ken Sato\n" } }));
    const { report } = mergeIntoDocument(doc, imported);
    expect(report).toMatchObject({ peopleAdded: 2, peopleMatched: 0, tiesAdded: 2 });
  });

  it("does not change the document it was given", () => {
    const doc = sample();
    const copy = JSON.stringify(doc);
    mergeIntoDocument(doc, expectOk(parseNameList("paste", "Someone New")));
    expect(JSON.stringify(doc)).toBe(copy);
  });
});

describe("findLikelyDuplicates", () => {
  it("returns romanised names equal to a reading, swapped word order and typos, but not exact matches", () => {
    const doc = sample();
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
    const doc = sample();
    const imported = expectOk(parseNameList("paste", "Someone"));
    expect(findLikelyDuplicates(doc, imported.doc).map((d) => d.importedId)).not.toContain(
      imported.doc.egoId as PersonId,
    );
  });
});
