import { describe, expect, it } from "vitest";
import { addPerson, createDocument, mapId, personId } from "../../../../src/domain/model";
import {
  anonymiseDocument,
  exportMap,
  guardCell,
  initialsOf,
  safeBaseName,
  serializePeopleCsv,
} from "../../../../src/io/export";
import { importFile } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";
import { sampleNetwork } from "../../support/documents";

describe("serializePeopleCsv", () => {
  it("returns UTF-8 with a BOM and CRLF, Japanese intact, formulas guarded", () => {
    const doc = addPerson(sampleNetwork(), { id: personId("evil"), name: '=HYPERLINK("http://x")' });
    const csv = serializePeopleCsv(doc);
    expect(csv.startsWith("\uFEFFid,name,reading,communities,spheres,note,role\r\n")).toBe(true);
    expect(csv).toContain("mother,高橋 和子,Takahashi Kazuko,");
    expect(csv).toContain(`evil,"'=HYPERLINK(""http://x"")",`);
  });
});

describe("guardCell", () => {
  it("prefixes a cell starting with = + - @, TAB or CR with an apostrophe (OWASP CSV injection)", () => {
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(guardCell(`${lead}cmd|'/c calc'!A1`), JSON.stringify(lead)).toBe(`'${lead}cmd|'/c calc'!A1`);
    }
    expect(guardCell("Ann")).toBe("Ann");
    expect(guardCell("a=b")).toBe("a=b");
  });

  it("guards notes starting with TAB or CR in the people file, and the import removes the guard", () => {
    let doc = sampleNetwork();
    doc = addPerson(doc, { id: personId("tab"), name: "Tab", note: "\t=1+2" });
    doc = addPerson(doc, { id: personId("cr"), name: "Cr", note: "\r@SUM(A1)" });
    const csv = serializePeopleCsv(doc);
    expect(csv).toContain(`tab,Tab,,,,'\t=1+2,`);
    expect(csv).toContain(`cr,Cr,,,,"'\r@SUM(A1)",`);
    const back = importFile("people.csv", new TextEncoder().encode(csv), { domParser: XmldomParser });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const notes = Object.values(back.value.doc.people).map((p) => p.note);
    // The importer trims cells; what matters is that the apostrophe is gone again.
    expect(notes).toContain("=1+2");
    expect(notes).toContain("@SUM(A1)");
  });
});

describe("exportMap", () => {
  it("returns people and ties files named after the map", () => {
    const files = exportMap(sampleNetwork(), "csv", { baseName: "my/map:2026" });
    expect(files.map((f) => f.name)).toEqual(["mymap2026-people.csv", "mymap2026-ties.csv"]);
  });

  it("anonymises every format when asked: no name, reading or note of anyone remains", () => {
    const doc = sampleNetwork();
    const secrets = Object.values(doc.people)
      .flatMap((p) => [p.name, p.reading, p.note])
      .filter((s): s is string => !!s);
    for (const format of ["native", "csv", "gexf", "graphml", "svg"] as const) {
      const text = exportMap(doc, format, {
        anonymise: { mode: "numbered" },
        includeEditableData: true,
      })
        .map((f) => f.text)
        .join("\n");
      for (const s of secrets) expect(text.includes(s), `${format} leaks ${s}`).toBe(false);
      expect(text).toContain("Person 12");
    }
  });
});

describe("safeBaseName", () => {
  it("returns a default for an empty title", () => {
    expect(safeBaseName("  ")).toBe("tsunagari-map");
  });
});

describe("anonymiseDocument", () => {
  it("returns initials from the reading, numbered duplicates, and hides the ego and the title", () => {
    const sample = sampleNetwork();
    const doc = anonymiseDocument(sample, { mode: "initials", egoLabel: "あなた" });
    expect(doc.people[personId("mother")]?.name).toBe("T.K.");
    expect(doc.people[personId("father")]?.name).toBe("T.K. (2)");
    expect(doc.people[personId("mother")]?.reading).toBeUndefined();
    expect(doc.people[doc.egoId]?.name).toBe("あなた");
    expect(doc.title).toBe("");
  });

  it("returns letters, not their first kanji, for Japanese names without a romanised reading", () => {
    expect(initialsOf({ name: "林 誠" })).toBeNull();
    expect(initialsOf({ name: "林 誠", reading: "はやし まこと" })).toBeNull();
    expect(initialsOf({ name: "林 誠", reading: "Hayashi Makoto" })).toBe("H.M.");
    let doc = createDocument({
      id: mapId("m"),
      title: "林 誠の地図",
      egoId: personId("me"),
      egoName: "林 誠",
      now: "2026-01-01",
    });
    for (const [id, name] of [
      ["a", "高橋 美咲"],
      ["b", "林 直樹"],
      ["c", "佐藤 結衣"],
    ] as const)
      doc = addPerson(doc, { id: personId(id), name, reading: "よみ", note: "メモ" });
    const out = anonymiseDocument(doc, { mode: "initials", egoLabel: "あなた", title: "私のネットワーク" });
    const names = Object.values(out.people).map((p) => p.name);
    expect(names.sort()).toEqual(["A", "B", "C", "あなた"]);
    const json = JSON.stringify(out);
    for (const secret of ["林", "高橋", "佐藤", "よみ", "メモ", "林 誠の地図"]) expect(json).not.toContain(secret);
  });

  it("returns numbered people with the ego labelled as given", () => {
    const doc = anonymiseDocument(sampleNetwork(), {
      mode: "numbered",
      egoLabel: "わたし",
      personLabel: (n) => `人物${n}`,
    });
    expect(doc.people[doc.egoId]?.name).toBe("わたし");
    expect(Object.values(doc.people).filter((p) => /^人物\d+$/u.test(p.name))).toHaveLength(39);
  });
});

describe("anonymiseDocument and growth over time", () => {
  it("leaves out snapshots, the plan and the client's name, which would give names away", () => {
    const base = sampleNetwork();
    const someone = Object.values(base.people).find((p) => p.id !== base.egoId)!;
    const doc = {
      ...base,
      client: "佐藤 花子",
      snapshots: [
        {
          id: "snap_1" as never,
          name: `Before meeting ${someone.name}`,
          takenAt: "2026-03-01T00:00:00.000Z",
          content: {
            egoId: base.egoId,
            people: base.people,
            communities: base.communities,
            ties: base.ties,
            censusNo: [],
          },
          scores: { bridging: 40, diversity: 50, effectiveSize: 3, thirdPlaces: 1, weakShare: 0.5, people: 3, ties: 3 },
          doneActionIds: [],
        },
      ],
      actions: [
        {
          id: "act_1" as never,
          kind: "reconnect" as const,
          title: `Call ${someone.name}`,
          personIds: [someone.id],
          createdAt: "2026-03-01T00:00:00.000Z",
        },
      ],
    };
    const out = anonymiseDocument(doc, { mode: "numbered" });
    expect(out.snapshots).toEqual([]);
    expect(out.actions).toEqual([]);
    expect("client" in out).toBe(false);
    const text = JSON.stringify(out);
    expect(text).not.toContain(someone.name);
    expect(text).not.toContain("佐藤");
  });
});
