// The import answers with the sheet of a spreadsheet (header, first rows, guessed mapping), read
// where the file was parsed: the dialog's column-mapping step never parses the file again.
import { describe, expect, it } from "vitest";
import * as csvSheet from "../../../src/io/import/csvSheet";
import { importWithSheet } from "../../../src/workers/importClient";
import { NODE_OPTIONS } from "../io/import/helpers";

const encode = (text: string) => new TextEncoder().encode(text);

describe("importWithSheet", () => {
  it("returns the people and the sheet of a people spreadsheet", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Person ${i},Acme`).join("\n");
    const { result, sheet } = importWithSheet("people.csv", encode(`name,company\n${rows}\n`), NODE_OPTIONS);
    expect(result.ok && Object.keys(result.value.doc.people).length).toBe(51);
    expect(sheet?.headers).toEqual(["name", "company"]);
    expect(sheet?.rows).toHaveLength(csvSheet.SHEET_PREVIEW_ROWS);
    expect(sheet?.kind).toBe("people");
    expect(sheet?.mapping.name).toBe(0);
  });

  it("returns a sheet with the error of a spreadsheet whose columns need mapping", () => {
    const { result, sheet } = importWithSheet(
      "odd.csv",
      encode("Nummer;Ort;Land;Farbe\n1;Wien;AT;rot\n"),
      NODE_OPTIONS,
    );
    expect(result.ok).toBe(false);
    expect(sheet?.headers).toEqual(["Nummer", "Ort", "Land", "Farbe"]);
  });

  it("reads no sheet for files that are not spreadsheets", () => {
    const { result, sheet } = importWithSheet("names.txt", encode("Aiko\nKen\n"), NODE_OPTIONS);
    expect(result.ok).toBe(true);
    expect(sheet).toBeNull();
  });
});
