import { describe, expect, it } from "vitest";
import {
  guessColumns,
  guessCsvKind,
  parseCsvMap,
  parseCsvTable,
  peopleMapping,
  previewRows,
} from "../../../../src/io/import";
import {
  BAD_CLOSENESS,
  communitiesOf,
  expectErr,
  expectOk,
  fixtureText,
  importFixture,
  personNamed,
  strengthBetween,
  tieBetween,
} from "./helpers";

describe("guessColumns", () => {
  it("returns the columns of a Japanese people sheet", () => {
    const m = guessColumns(["名前", "フリガナ", "所属", "区分", "メモ", "親しさ"]);
    expect(m).toMatchObject({
      name: 0,
      reading: 1,
      communities: 2,
      sphere: 3,
      note: 4,
      closeness: 5,
    });
  });

  it("returns source, target and tie columns of an edge list", () => {
    const m = guessColumns(["Source", "Target", "Type", "Id", "Label", "Weight"]);
    expect(m).toMatchObject({ source: 0, target: 1, strength: 5 });
    expect(guessCsvKind(["Source", "Target", "Weight"])).toBe("ties");
    expect(guessCsvKind(["First Name", "Last Name", "Company"])).toBe("people");
  });
});

describe("parseCsvTable", () => {
  it("returns the line each row starts on, counting quoted line breaks", () => {
    const t = parseCsvTable("a.csv", 'name,note\nAnn,"two\nlines"\n\nBob,x\n');
    if (!t.ok) throw new Error("parse failed");
    expect(t.value.rows.map((r) => r[0])).toEqual(["Ann", "Bob"]);
    expect(t.value.lines).toEqual([2, 5]);
  });

  it("returns every row and its line when CRLF and LF line endings are mixed", () => {
    const t = parseCsvTable("m.csv", "name,note\r\nAnn,x\nBob,y\r\nCy,z\n");
    if (!t.ok) throw new Error("parse failed");
    expect(t.value.rows.map((r) => r[0])).toEqual(["Ann", "Bob", "Cy"]);
    expect(t.value.lines).toEqual([2, 3, 4]);
  });

  it("returns notCsv naming the file for an unclosed quote", () => {
    const t = parseCsvTable("broken.csv", 'name,note\nAnn,"never closed\nBob,x\n');
    expect(t.ok ? null : t.error).toMatchObject({ kind: "notCsv", file: "broken.csv" });
  });
});

describe("previewRows", () => {
  it("returns the mapped cells of the first rows", () => {
    const t = parseCsvTable("p.csv", fixtureText("people-bom.csv"));
    if (!t.ok) throw new Error("parse failed");
    const rows = previewRows(t.value.rows, peopleMapping(guessColumns(t.value.headers)), 2);
    expect(rows).toEqual([
      { name: "Alice Brown", communities: "Choir", sphere: "third", note: "Alto; sits next to me" },
      { name: "Bob Green", communities: "Choir; Acme Corp", sphere: "third; work", note: "" },
    ]);
  });
});

describe("parseCsvMap", () => {
  it("returns people from a Shift_JIS sheet with communities, spheres, readings and ego closeness", () => {
    const m = importFixture("people.csv", "people-ja.sjis.csv");
    expect(m.format).toBe("csvPeople");
    expect(personNamed(m.doc, "佐々木 優").reading).toBe("ササキ ユウ");
    expect(communitiesOf(m.doc, "佐々木 優")).toEqual(["テニス部", "マーケティング部"]);
    const tennis = Object.values(m.doc.communities).find((c) => c.name === "テニス部");
    expect(tennis?.sphere).toBe("third");
    expect(Object.values(m.doc.communities).find((c) => c.name === "家族")?.sphere).toBe("family");
    expect(tieBetween(m.doc, "ego", "高橋 和子")?.answers.emotional).toBe(5);
    expect(m.unratedTies).toHaveLength(1);
    expect(m.warnings).toContainEqual({ kind: "skippedRow", line: 6, reason: "noName" });
  });

  it("merges rows of one person (same name up to case and spacing) from a UTF-8 BOM sheet", () => {
    const m = importFixture("people.csv", "people-bom.csv");
    expect(Object.keys(m.doc.people)).toHaveLength(3);
    expect(communitiesOf(m.doc, "Alice Brown")).toEqual(["Book club", "Choir"]);
    expect(personNamed(m.doc, "Alice Brown").note).toBe("Alto; sits next to me\nAlso in book club");
    expect(m.warnings).toContainEqual({ kind: "mergedDuplicates", count: 1 });
  });

  it("returns ties with frequency, closeness and strength; 'me' is the ego", () => {
    const m = expectOk(parseCsvMap({ ties: { file: "ties.csv", text: fixtureText("ties.csv") } }));
    expect(m.egoSource).toBe("file");
    expect(tieBetween(m.doc, "ego", "Alice Brown")?.answers).toEqual({
      frequencyPerYear: 52,
      emotional: 5,
    });
    expect(tieBetween(m.doc, "ego", "Carol White")?.answers).toEqual({
      frequencyCategory: "rarely",
    });
    expect(strengthBetween(m.doc, "Alice Brown", "Bob Green")).toBeCloseTo(0.3);
    expect(tieBetween(m.doc, "ego", "Dan Black")).toBeUndefined();
  });

  it("returns people and ties together, ties matched to the listed people by name", () => {
    const m = expectOk(
      parseCsvMap({
        people: { file: "p.csv", text: fixtureText("people-bom.csv") },
        ties: { file: "t.csv", text: fixtureText("ties.csv") },
      }),
    );
    expect(m.file).toBe("p.csv + t.csv");
    expect(Object.keys(m.doc.people)).toHaveLength(5);
    expect(communitiesOf(m.doc, "Bob Green")).toEqual(["Acme Corp", "Choir"]);
    expect(tieBetween(m.doc, "ego", "Bob Green")?.answers.emotional).toBe(3);
  });

  it("reads a 1–5 strength column as a rating, so 1 is the weakest", () => {
    const m = expectOk(parseCsvMap({ ties: { file: "t.csv", text: "from,to,strength\nme,A,1\nme,B,5\nme,C,3" } }));
    expect(strengthBetween(m.doc, "ego", "A")).toBe(0);
    expect(strengthBetween(m.doc, "ego", "B")).toBe(1);
    expect(strengthBetween(m.doc, "ego", "C")).toBe(0.5);
  });

  it("uses an explicit column mapping instead of the guess", () => {
    const text = "who,club,x\nAnn,Choir,1\n";
    const m = expectOk(
      parseCsvMap({ people: { file: "p.csv", text } }, { peopleMapping: { name: 0, communities: 1 } }),
    );
    expect(communitiesOf(m.doc, "Ann")).toEqual(["Choir"]);
  });

  it("returns missingColumn when no column holds names", () => {
    const e = expectErr(parseCsvMap({ people: { file: "p.csv", text: "foo,bar\n1,2\n" } }));
    expect(e).toEqual({ kind: "missingColumn", file: "p.csv", column: "name" });
  });

  it("returns badRow with the line, column and value of a cell that is not a rating", () => {
    const e = expectErr(
      parseCsvMap({
        ties: { file: "t.csv", text: "source,target,closeness\nme,Ann,4\nme,Bob,very\n" },
      }),
    );
    expect(e).toEqual(BAD_CLOSENESS);
  });

  it("returns badRow for an unknown sphere", () => {
    const e = expectErr(parseCsvMap({ people: { file: "p.csv", text: "name,sphere\nAnn,planet\n" } }));
    expect(e).toMatchObject({
      kind: "badRow",
      line: 2,
      field: "sphere",
      value: "planet",
      expected: "sphere",
    });
  });

  it("keeps a name starting with = as text and removes the export's apostrophe guard", () => {
    const m = expectOk(parseCsvMap({ people: { file: "p.csv", text: "name\n'=HYPERLINK(1)\n" } }));
    expect(personNamed(m.doc, "=HYPERLINK(1)").name).toBe("=HYPERLINK(1)");
  });
});
