import { describe, expect, it } from "vitest";
import { decodeText } from "../../../../src/io/import";
import { fixtureBytes } from "./helpers";

const cp1252 = (s: string): Uint8Array => {
  const bytes = new Uint8Array(s.length);
  const special: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94, "’": 0x92, "–": 0x96 };
  for (let i = 0; i < s.length; i++) bytes[i] = special[s[i] ?? ""] ?? s.charCodeAt(i);
  return bytes;
};

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

  it("returns Windows-1252 text from an Outlook contacts export", () => {
    const r = decodeText(fixtureBytes("outlook-contacts.cp1252.csv"));
    expect(r?.encoding).toBe("windows-1252");
    expect(r?.text).toContain('"François","","Lefèvre"');
    expect(r?.text).toContain('"Zoë","","Müller"');
    expect(r?.text).toContain('"Søren","","Østergaard"');
    // 0x80–0x9F are the Windows-1252 characters, not C1 controls (Node's TextDecoder gets them wrong).
    expect(r?.text).toContain("“Données & Société” – il m’a prêté 20 €.");
  });

  it("returns Windows-1252 for European words whose bytes are also valid Shift_JIS", () => {
    // Read as Shift_JIS these would be "Fran輟is", "Cr鑪e br璉馥", "ﾖlund", "ﾉmile", "S\ue0a1en".
    for (const word of ["François", "Crème brûlée", "Ölund", "Émile", "Søren", "Straße", "Ça va"]) {
      const bytes = cp1252(word);
      expect(new TextDecoder("shift_jis", { fatal: true }).decode(bytes), word).not.toBe(word);
      expect(decodeText(bytes), word).toEqual({ text: word, encoding: "windows-1252", hadBom: false });
    }
  });

  it("keeps reading short Japanese text and half-width kana as Shift_JIS", () => {
    const sjis: [string, number[]][] = [
      ["佐藤 健", [0x8d, 0xb2, 0x93, 0xa1, 0x20, 0x8c, 0x92]],
      ["ｻﾄｳ ｹﾝ", [0xbb, 0xc4, 0xb3, 0x20, 0xb9, 0xdd]],
      ["AとB", [0x41, 0x82, 0xc6, 0x42]],
      ["iPhone用", [0x69, 0x50, 0x68, 0x6f, 0x6e, 0x65, 0x97, 0x70]],
    ];
    for (const [text, bytes] of sjis) {
      expect(decodeText(new Uint8Array(bytes)), text).toEqual({ text, encoding: "shift_jis", hadBom: false });
    }
  });

  it("returns null for bytes that no supported encoding reads as plausible text", () => {
    expect(decodeText(new Uint8Array([0x82, 0xff, 0xfe, 0x80, 0x85]))).toBeNull();
  });
});
