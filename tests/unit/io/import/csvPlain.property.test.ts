// Property: a CSV body without quotes or carriage returns, split by hand (plainRows), gives the
// rows, cells and line numbers papaparse gives (papaRows) — for every delimiter, with blank lines,
// padded and empty cells, Excel's apostrophe guards, Japanese text and full-width spaces — and
// parseCsvTable reads a body with a quote through papaparse still.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { papaRows, parseCsvTable, plainRows } from "../../../../src/io/import/csvTable";

const piece = fc.constantFrom(
  "a",
  "Bob",
  "鈴木 花子",
  "佐藤太郎",
  "__proto__",
  "constructor",
  " ",
  "\u3000",
  ",",
  "\t",
  ";",
  "|",
  "\n",
  "\n\n",
  "'=1+2",
  "'-x",
  "@",
  "0.8",
  "'",
);
const body = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

describe("plain CSV split", () => {
  it("equals papaparse on every body without quotes or CR, for each delimiter", () => {
    fc.assert(
      fc.property(body, fc.constantFrom(",", "\t", ";", "|"), (text, delimiter) => {
        expect(plainRows(text, delimiter)).toEqual(papaRows(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads an edge list by hand and a quoted one through papaparse, to the same table", () => {
    const plain = parseCsvTable("ties.csv", "source,target,weight\n鈴木 花子,__proto__,0.8\n\nBob,constructor,1\n");
    const quoted = parseCsvTable(
      "ties.csv",
      'source,target,weight\n"鈴木 花子",__proto__,0.8\n\nBob,"constructor",1\n',
    );
    expect(plain).toEqual(quoted);
    expect(plain.ok && plain.value.lines).toEqual([2, 4]);
    // A quote left open is still papaparse's error, with its line.
    const broken = parseCsvTable("ties.csv", 'source,target\nAnn,"Bob\nCy,Dan\n');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatchObject({ kind: "notCsv", file: "ties.csv" });
  });
});
