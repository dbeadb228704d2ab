import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  describeImportError,
  detectFormat,
  IMPORT_MAX_BYTES,
  importErrorMessage,
  importFile,
  NATIVE_IMPORT_MAX_BYTES,
} from "../../../../src/io/import";
import { NATIVE_VERSION } from "../../../../src/io/native";
import { BAD_CLOSENESS, expectErr, expectOk, NODE_OPTIONS } from "./helpers";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("detectFormat", () => {
  it("returns the format from content first, then the extension", () => {
    expect(detectFormat("x.txt", '{"format":"tsunagari-map"}')).toBe("native");
    expect(detectFormat("x.json", '{"nodes":[],"edges":[]}')).toBe("graphologyJson");
    expect(detectFormat("x.xml", '<?xml version="1.0"?><gexf version="1.3">')).toBe("gexf");
    expect(detectFormat("x", "<graphml xmlns='x'>")).toBe("graphml");
    expect(detectFormat("contacts", "BEGIN:VCARD\nEND:VCARD")).toBe("vcard");
    expect(detectFormat("edges.csv", "Source,Target,Weight\na,b,1")).toBe("csvTies");
    expect(detectFormat("people.csv", "name,group\nAnn,Choir")).toBe("csvPeople");
    expect(detectFormat("list.txt", "Ann\nBob")).toBe("nameList");
    expect(detectFormat("one-column.csv", "Ann\nBob")).toBe("nameList");
    expect(detectFormat("broken.csv", 'a,b\nAnn,"open\nBob,x')).toBe("csvPeople");
    expect(detectFormat("photo.jpg", "xyz")).toBeNull();
  });
});

describe("detectFormat on edge lists (the one CSV edge-list reader)", () => {
  it.each([
    ["source,target,weight\na,b,0.5", "csvTies"],
    ["from,to\na,b", "csvTies"],
    ["src,dst,w\na,b,0.5", "csvTies"],
    ["node1,node2,value\na,b,3", "csvTies"],
    ["ego,alter\nme,ana", "csvTies"],
    ["me\tana\t0.3", "csvTies"],
    ["Alice,Bob", "csvTies"],
    ["source,target,frequency,closeness\nme,a,weekly,5", "csvTies"],
    ["name,company\nAiko,Acme", "csvPeople"],
    ["name,communities,sphere,note\nAiko,Choir,third,", "csvPeople"],
    ["Alice,Bob,friend", "csvPeople"],
    ["Aiko Tanaka\nBen Carter", "nameList"],
  ])("%j → %s", (text, format) => {
    expect(detectFormat("edges.csv", text)).toBe(format);
  });

  it("returns every tie of a headerless edge list, its first row included, with its strengths", () => {
    const m = expectOk(importFile("edges.tsv", bytes("me\tana\t0.3\nana\tben\t0.8\n"), NODE_OPTIONS));
    const byName = new Map(Object.values(m.doc.people).map((p) => [p.id, p.name]));
    const ties = Object.values(m.doc.ties).map((t) => `${byName.get(t.a)}-${byName.get(t.b)}:${t.weight}`);
    expect(ties.sort()).toEqual(["You-ana:0.3", "ana-ben:0.8"]);
  });

  it("returns badRow with the line of a bad strength in a headerless edge list", () => {
    expect(expectErr(importFile("e.csv", bytes("a,b,0.5\nb,c,lots\n"), NODE_OPTIONS))).toMatchObject({
      kind: "badRow",
      line: 2,
      value: "lots",
    });
  });
});

describe("importFile", () => {
  it("opens the sample map in our native format", () => {
    const m = expectOk(
      importFile("sample.json", new Uint8Array(readFileSync("data/sample-network.json")), NODE_OPTIONS),
    );
    expect(m.format).toBe("native");
    expect(Object.keys(m.doc.people)).toHaveLength(40);
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1);
    expect(expectErr(importFile("huge.csv", big, NODE_OPTIONS))).toEqual({
      kind: "tooLarge",
      file: "huge.csv",
      bytes: IMPORT_MAX_BYTES + 1,
      limit: IMPORT_MAX_BYTES,
    });
    const e = expectErr(importFile("huge.json", new Uint8Array(NATIVE_IMPORT_MAX_BYTES + 1), NODE_OPTIONS));
    expect(e).toMatchObject({ kind: "tooLarge", limit: NATIVE_IMPORT_MAX_BYTES });
  });

  it("returns empty, badEncoding and unknownFormat with the file name", () => {
    expect(expectErr(importFile("a.csv", new Uint8Array(), NODE_OPTIONS))).toEqual({
      kind: "empty",
      file: "a.csv",
    });
    expect(expectErr(importFile("b.csv", new Uint8Array([0x82, 0xff, 0xfe, 0x80]), NODE_OPTIONS)).kind).toBe(
      "badEncoding",
    );
    expect(expectErr(importFile("c.bin", new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), NODE_OPTIONS)).kind).toBe(
      "unknownFormat",
    );
    // Text named as a picture: see images.test.ts.
    expect(expectErr(importFile("d.png", bytes("not a png"), NODE_OPTIONS)).kind).toBe("notAnImage");
  });

  it("returns the native parser's errors under the file's name", () => {
    expect(
      expectErr(importFile("m.json", bytes('{"format":"tsunagari-map","formatVersion":99}'), NODE_OPTIONS)),
    ).toEqual({
      kind: "versionTooNew",
      file: "m.json",
      found: 99,
      supported: NATIVE_VERSION,
    });
    expect(expectErr(importFile("m.json", bytes("{oops"), NODE_OPTIONS)).kind).toBe("notJson");
  });

  it("returns noEmbeddedMap for an SVG without editable data", () => {
    expect(
      expectErr(importFile("pic.svg", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"), NODE_OPTIONS)).kind,
    ).toBe("noEmbeddedMap");
  });
});

describe("importErrorMessage", () => {
  it("returns an io key and the parameters the sentence needs", () => {
    expect(importErrorMessage(BAD_CLOSENESS)).toEqual({
      key: "error.badRow.likert",
      params: { file: "t.csv", line: 3, field: "closeness", value: "very" },
    });
    expect(importErrorMessage({ kind: "notXml", file: "g.gexf", line: 7, message: "x" }).key).toBe(
      "error.notXmlAtLine",
    );
    expect(
      importErrorMessage({ kind: "tooLarge", file: "h.csv", bytes: 25_300_000, limit: 20_000_000 }).params,
    ).toEqual({
      file: "h.csv",
      size: "25.3",
      limit: "20",
    });
  });
});

describe("describeImportError", () => {
  it("returns a sentence naming the file, line and column", () => {
    const text = describeImportError(BAD_CLOSENESS);
    expect(text).toBe('t.csv:3 (closeness): "very" is not a whole number from 1 to 5.');
  });
});
