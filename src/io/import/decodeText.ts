// Bytes → text for spreadsheets and contacts (WHATWG Encoding Standard labels). A BOM decides;
// otherwise strict UTF-8 is tried first: text in a legacy encoding is almost never valid UTF-8.
// Then the two legacy encodings people's files come in: Shift_JIS (Japanese Excel's "CSV",
// really windows-31j) and Windows-1252 (Outlook and Excel on Western European Windows). Every
// byte string decodes as Windows-1252 and many as Shift_JIS, so each reading is scored by how
// plausible its non-ASCII runs are (see japaneseRun, latinRun) and the better one wins; when
// neither is plausible the bytes are refused rather than turned into mojibake.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly hadBom: boolean;
}

// WHATWG windows-1252 is Latin-1 except for 0x80–0x9F. Node 20.18.3+/22.13+ decode those bytes as
// C1 controls (nodejs/node#56542, #60888), so the 32 characters are mapped here, as browsers do.
const C1_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  // As UTF-16LE code units: one TextDecoder call instead of String.fromCharCode per chunk (10× faster).
  const units = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const code = b >= 0x80 && b < 0xa0 ? (C1_1252[b - 0x80] ?? b) : b;
    units[2 * i] = code & 0xff;
    units[2 * i + 1] = code >> 8;
  }
  return new TextDecoder("utf-16le").decode(units);
}

function tryDecode(label: TextEncodingName, bytes: Uint8Array): string | null {
  if (label === "windows-1252") return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Characters of JIS X 0208 text: kana, kanji, CJK and full-width punctuation, half-width kana, the
// JIS symbols (general punctuation, arrows, maths, box drawing, shapes, circled numbers), Greek,
// Cyrillic and the few Latin-1 signs JIS has. Private-use characters (Shift_JIS user-defined
// rows F0–F9, which Windows-1252 accents such as ø, ñ, ó fall into) are not among them.
const JAPANESE =
  /^[\u3000-\u30ff\u31f0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f\u2010-\u27bf\u0391-\u03c9\u0401-\u0451\u00a7\u00a8\u00ac\u00b0\u00b1\u00b4\u00b6\u00d7\u00f7]+$/u;
const KANJI_OR_HALFWIDTH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff61-\uff9f]/u;
const HALFWIDTH_ONLY = /^[\uff61-\uff9f]+$/u;
// Windows-1252 text: accented Latin letters, and the punctuation and signs people type.
const LATIN =
  /^[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u00a0-\u00a3\u00a5\u00a7\u00a9-\u00ab\u00ae\u00b0-\u00b7\u00b9-\u00bf\u00d7\u00f7\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+$/u;
const ASCII_LETTER = /[A-Za-z]/u;

/**
 * Japanese text decoded right is made of Japanese characters; Windows-1252 bytes read as Shift_JIS
 * give a kanji or half-width kana stuck inside a Latin word ("François" → "Fran" + kanji + "is").
 */
function japaneseRun(run: string, before: string, after: string): boolean {
  if (!JAPANESE.test(run)) return false;
  const inWord = ASCII_LETTER.test(before) && ASCII_LETTER.test(after);
  if (inWord && KANJI_OR_HALFWIDTH.test(run)) return false;
  const touching = ASCII_LETTER.test(before) || ASCII_LETTER.test(after);
  return !(touching && run.length === 1 && HALFWIDTH_ONLY.test(run));
}

/**
 * European text has one or two accented letters or signs at a time ("Müller", "Søren", "20 €");
 * Shift_JIS bytes read as Windows-1252 give long runs, C1 controls and ƒ (the katakana lead byte).
 */
function latinRun(run: string): boolean {
  return run.length <= 3 && LATIN.test(run);
}

/** Share of the non-ASCII runs in the first 64 kB that are plausible; 1 when there are none. */
function plausibility(text: string, runOk: (run: string, before: string, after: string) => boolean): number {
  const sample = text.slice(0, 65_536);
  let total = 0;
  let good = 0;
  for (const m of sample.matchAll(/[^\p{ASCII}]+/gu)) {
    const at = m.index;
    total++;
    if (runOk(m[0], sample[at - 1] ?? "", sample[at + m[0].length] ?? "")) good++;
  }
  return total === 0 ? 1 : good / total;
}

/** A legacy reading is kept only when at least this share of its non-ASCII runs is plausible. */
const PLAUSIBLE = 0.8;

/** Decodes bytes, or returns null when no supported encoding fits (the caller reports badEncoding). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryDecode("utf-8", bytes.subarray(3));
    return text === null ? null : { text, encoding: "utf-8", hadBom: true };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    const text = tryDecode("utf-16le", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16le", hadBom: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = tryDecode("utf-16be", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16be", hadBom: true };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", hadBom: false };
  const sjis = tryDecode("shift_jis", bytes);
  const latin = tryDecode("windows-1252", bytes);
  const sjisScore = sjis === null ? 0 : plausibility(sjis, japaneseRun);
  const latinScore = latin === null ? 0 : plausibility(latin, latinRun);
  // Ties go to Shift_JIS: this app's users are Japanese first.
  if (sjis !== null && sjisScore >= PLAUSIBLE && sjisScore >= latinScore) {
    return { text: sjis, encoding: "shift_jis", hadBom: false };
  }
  if (latin !== null && latinScore >= PLAUSIBLE) return { text: latin, encoding: "windows-1252", hadBom: false };
  return null;
}

/** Text that still carries control bytes other than tab/newline is not a text file at all. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  return controls > 0 && controls / Math.max(1, sample.length) > 0.01;
}
