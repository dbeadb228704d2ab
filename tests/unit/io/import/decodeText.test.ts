import { describe, expect, it } from "vitest";
import { decodeText } from "../../../../src/io/import";
import { fixtureBytes } from "./helpers";

describe("decodeText", () => {
  it("returns UTF-8 text without the BOM and says the BOM was there", () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("名前,メモ")]));
    expect(r).toEqual({ text: "名前,メモ", encoding: "utf-8", hadBom: true });
  });

  it("returns Shift_JIS text from a Japanese Excel CSV", () => {
    const r = decodeText(fixtureBytes("people-ja.sjis.csv"));
    expect(r?.encoding).toBe("shift_jis");
    expect(r?.text.split("\n")[0]).toBe("名前,フリガナ,所属,区分,メモ,親しさ");
    expect(r?.text).toContain("佐々木 優");
  });

  it("returns UTF-16 text from Excel's Unicode text export", () => {
    const body = "name\tnote\nYui\tこんにちは";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text: body, encoding: "utf-16le", hadBom: true });
  });

  it("returns plain ASCII as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("a,b\n1,2"))?.encoding).toBe("utf-8");
  });

  it("returns null for bytes that are neither UTF-8 nor Shift_JIS", () => {
    expect(decodeText(new Uint8Array([0x82, 0xff, 0xfe, 0x80, 0x85]))).toBeNull();
  });
});
