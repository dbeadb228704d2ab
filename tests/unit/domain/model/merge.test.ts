import { describe, expect, it } from "vitest";
import {
  addPerson,
  checkInvariants,
  createDocument,
  findPersonByName,
  mapId,
  mergeIntoDocument,
  personId,
  tieId,
  type MapDocument,
} from "../../../../src/domain/model";
import { parseCsvMap, parseLinkedIn, parseNameList } from "../../../../src/io/import";
import { expectOk, personNamed } from "../../io/import/helpers";
import { sampleNetwork } from "../../support/documents";

describe("mergeIntoDocument", () => {
  it("adds new people tied to the user and matches existing ones by normalised name", () => {
    const doc = sampleNetwork();
    const imported = expectOk(parseNameList("paste", "高橋　和子\nＡｌｅｘ Ｋｉｍ\nalex kim\n森田浩二"));
    const { doc: merged, report } = mergeIntoDocument(doc, imported, {
      now: "2026-01-01T00:00:00Z",
    });
    expect(checkInvariants(merged)).toEqual([]);
    expect(report).toMatchObject({ peopleAdded: 1, peopleMatched: 2, tiesAdded: 1 });
    expect(Object.keys(merged.people)).toHaveLength(Object.keys(doc.people).length + 1);
    // Stored in its tidy form (cleanName): full-width letters folded.
    const alex = personNamed(merged, "Alex Kim");
    expect(merged.ties[tieId(merged.egoId, alex.id)]).toBeDefined();
    expect(report.unratedTies).toEqual([tieId(merged.egoId, alex.id)]);
    expect(merged.updatedAt).toBe("2026-01-01T00:00:00Z");
  });

  it("matches 鈴木花子 typed without a space, and a LinkedIn 健太 / 中村, with the people already on the map", () => {
    const base = createDocument({
      id: mapId("m"),
      title: "t",
      egoId: personId("me"),
      egoName: "Me",
      now: "2026-01-01T00:00:00Z",
    });
    const doc = [
      { id: personId("hanako"), name: "鈴木 花子" },
      { id: personId("kenta"), name: "中村　健太" },
    ].reduce((d, p) => addPerson(d, p), base);
    const imported = expectOk(
      parseLinkedIn(
        "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n花子,鈴木,,,,,\n健太,中村,,,,,\n",
      ),
    );
    const { doc: merged, report } = mergeIntoDocument(doc, imported);
    expect(report).toMatchObject({ peopleAdded: 0, peopleMatched: 2 });
    expect(Object.keys(merged.people)).toHaveLength(3);
    expect(findPersonByName(merged, "鈴木花子")?.id).toBe("hanako");
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
    const doc = sampleNetwork();
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
    const doc = sampleNetwork();
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
    const doc = sampleNetwork();
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
    const doc = sampleNetwork();
    const imported = expectOk(parseCsvMap({ people: { file: "p.csv", text: "id,name\nk1,Ken Sato\nk2,Ken Sato\n" } }));
    const { report } = mergeIntoDocument(doc, imported);
    expect(report).toMatchObject({ peopleAdded: 2, peopleMatched: 0, tiesAdded: 2 });
  });

  it("does not change the document it was given", () => {
    const doc = sampleNetwork();
    const copy = JSON.stringify(doc);
    mergeIntoDocument(doc, expectOk(parseNameList("paste", "Someone New")));
    expect(JSON.stringify(doc)).toBe(copy);
  });
});

describe("mergeIntoDocument and the editor agree on names", () => {
  const withPeople = (...names: string[]): MapDocument =>
    names.reduce(
      (doc, name, i) => addPerson(doc, { id: personId(`p${i}`), name }),
      createDocument({ id: mapId("m"), title: "", egoId: personId("me"), egoName: "Me", now: "2026-01-01" }),
    );

  it("matches 鈴木 花子 with the 鈴木花子 already in the map instead of adding a duplicate", () => {
    const doc = withPeople("鈴木花子");
    for (const name of ["鈴木 花子", "鈴木　花子"]) {
      const { doc: merged, report } = mergeIntoDocument(doc, expectOk(parseNameList("paste", name)));
      expect(report, name).toMatchObject({ peopleAdded: 0, peopleMatched: 1 });
      expect(Object.values(merged.people).map((p) => p.name)).toEqual(["Me", "鈴木花子"]);
    }
  });

  it("matches exactly the names the editor finds, and adds the others", () => {
    const existing = ["鈴木花子", "Anna Müller", "ルーシーベル", "Lina", "constructor", "ＡＢＣ１２３"];
    const typed = [
      "鈴木　花子",
      "anna  müller",
      "ルーシー ベル",
      "Li Na",
      "Constructor",
      "abc123",
      "toString",
      "さくら",
    ];
    const doc = withPeople(...existing);
    const { doc: merged } = mergeIntoDocument(doc, expectOk(parseNameList("paste", typed.join("\n"))));
    const added = Object.values(merged.people)
      .filter((p) => !Object.hasOwn(doc.people, p.id))
      .map((p) => p.name);
    const notFoundByEditor = typed.filter((name) => findPersonByName(doc, name) === undefined);
    expect(added).toEqual(notFoundByEditor);
    expect(added).toEqual(["Li Na", "toString", "さくら"]);
  });
});
