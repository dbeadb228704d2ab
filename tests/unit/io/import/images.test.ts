import { describe, expect, it } from "vitest";
import { readPngChunks } from "../../../../src/io/export";
import { describeImportError, importErrorMessage, importFile } from "../../../../src/io/import";
import { expectErr, expectOk, fixtureBytes, NODE_OPTIONS } from "./helpers";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("damaged PNG files", () => {
  it("says a PNG cut off part-way (an unfinished download) is damaged, not that it has no map data", () => {
    const e = expectErr(importFile("map.png", fixtureBytes("with-map.truncated.png"), NODE_OPTIONS));
    expect(e).toEqual({ kind: "damagedImage", file: "map.png", problem: "truncated" });
    expect(importErrorMessage(e)).toEqual({ key: "error.damagedImage.truncated", params: { file: "map.png" } });
    expect(describeImportError(e)).toContain("ends too early");
  });

  it("says a PNG whose map chunk fails its CRC is damaged", () => {
    const e = expectErr(importFile("map.png", fixtureBytes("with-map.badcrc.png"), NODE_OPTIONS));
    expect(e).toEqual({ kind: "damagedImage", file: "map.png", problem: "checksum" });
  });

  it("says a picture that is only cut off in its pixels is damaged", () => {
    const plain = fixtureBytes("plain.png");
    expect(expectErr(importFile("p.png", plain.subarray(0, 40), NODE_OPTIONS))).toMatchObject({
      kind: "damagedImage",
      problem: "truncated",
    });
  });

  it("still opens the map when only the picture's pixels are damaged", () => {
    const bytes = fixtureBytes("with-map.png");
    const idat = readPngChunks(bytes)?.find((c) => c.type === "IDAT");
    if (!idat) throw new Error("fixture has no IDAT");
    bytes[idat.offset + 9] = (bytes[idat.offset + 9] ?? 0) ^ 0xff;
    expect(expectOk(importFile("map.png", bytes, NODE_OPTIONS)).format).toBe("png");
  });

  it("keeps saying an intact PNG without a map has no editable data", () => {
    expect(expectErr(importFile("plain.png", fixtureBytes("plain.png"), NODE_OPTIONS)).kind).toBe("noEmbeddedMap");
  });
});

describe("files that claim to be images", () => {
  it("refuses an edge list saved as .png instead of reading it as text", () => {
    const e = expectErr(importFile("edges.png", fixtureBytes("edges-saved-as.png"), NODE_OPTIONS));
    expect(e).toEqual({ kind: "notAnImage", file: "edges.png", claimed: "PNG" });
    expect(importErrorMessage(e)).toEqual({ key: "error.notAnImage", params: { file: "edges.png", claimed: "PNG" } });
  });

  it("refuses text labelled image/png by the browser, whatever its name", () => {
    const e = expectErr(importFile("photo", text("Ann\nBen\n"), { ...NODE_OPTIONS, mimeType: "image/png" }));
    expect(e).toEqual({ kind: "notAnImage", file: "photo", claimed: "PNG" });
  });

  it("refuses text named .jpg or .svg", () => {
    expect(expectErr(importFile("c.jpg", text("hello"), NODE_OPTIONS))).toMatchObject({ claimed: "JPEG" });
    expect(expectErr(importFile("c.svg", text("a,b\n1,2"), NODE_OPTIONS))).toMatchObject({ claimed: "SVG" });
  });

  it("says a real JPEG has no editable map data", () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(expectErr(importFile("photo.jpg", jpeg, NODE_OPTIONS)).kind).toBe("noEmbeddedMap");
  });

  it("still reads an SVG exported with editable data when the browser labels it image/svg+xml", () => {
    const svg = "<svg xmlns='http://www.w3.org/2000/svg'/>";
    const e = expectErr(importFile("pic.svg", text(svg), { ...NODE_OPTIONS, mimeType: "image/svg+xml" }));
    expect(e.kind).toBe("noEmbeddedMap");
  });
});
