import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crc32, embedMapInPng, insertITxt, MAP_KEYWORD, readITxt, readPngChunks } from "../../../../src/io/export";
import { importFile } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

describe("crc32", () => {
  it("returns the standard check value for '123456789'", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("readITxt", () => {
  it("returns the UTF-8 text of a chunk written by another PNG writer (Python zlib)", () => {
    const text = readITxt(fixture("with-map.png"), MAP_KEYWORD);
    expect(text).toContain("佐藤 結衣");
  });

  it("returns null when the chunk is missing or its CRC is wrong", () => {
    expect(readITxt(fixture("plain.png"), MAP_KEYWORD)).toBeNull();
    const broken = fixture("with-map.png");
    const chunk = readPngChunks(broken)?.find((c) => c.type === "iTXt");
    if (!chunk) throw new Error("fixture has no iTXt");
    broken[chunk.offset + 30] = (broken[chunk.offset + 30] ?? 0) ^ 0xff;
    expect(readITxt(broken, MAP_KEYWORD)).toBeNull();
  });
});

describe("insertITxt", () => {
  it("returns a PNG whose chunks all have valid CRCs, with the text just before IEND", () => {
    const out = insertITxt(fixture("plain.png"), "tsunagari-map", 'つながり {"a":1}');
    const chunks = readPngChunks(out);
    expect(chunks?.map((c) => c.type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    expect(chunks?.every((c) => c.crcOk)).toBe(true);
    expect(readITxt(out, "tsunagari-map")).toBe('つながり {"a":1}');
  });

  it("replaces an earlier chunk with the same keyword instead of adding a second", () => {
    const once = insertITxt(fixture("plain.png"), "k", "one");
    const twice = insertITxt(once, "k", "two");
    expect(readPngChunks(twice)?.filter((c) => c.type === "iTXt")).toHaveLength(1);
    expect(readITxt(twice, "k")).toBe("two");
  });

  it("throws for bytes that are not a PNG", () => {
    expect(() => insertITxt(new Uint8Array([1, 2, 3]), "k", "v")).toThrow(/not a PNG/u);
  });
});

describe("embedMapInPng", () => {
  it("returns a PNG that importing reopens as the same map", () => {
    const opened = importFile("pic.png", fixture("with-map.png"), { domParser: XmldomParser });
    if (!opened.ok) throw new Error("fixture does not open");
    const png = embedMapInPng(fixture("plain.png"), opened.value.doc);
    const again = importFile("again.png", png, { domParser: XmldomParser });
    expect(again.ok && again.value.format).toBe("png");
    expect(again.ok && again.value.doc).toEqual(opened.value.doc);
  });
});
