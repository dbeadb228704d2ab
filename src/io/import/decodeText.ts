// Bytes → text for spreadsheets and contacts (WHATWG Encoding Standard labels). A BOM decides;
// otherwise strict UTF-8 is tried first and Shift_JIS (Japanese Excel's "CSV" default, really
// windows-31j) second. Shift_JIS text is almost never valid UTF-8, so the order is safe.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly hadBom: boolean;
}

function tryDecode(label: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

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
  if (sjis !== null) return { text: sjis, encoding: "shift_jis", hadBom: false };
  return null;
}

/** Text that still carries control bytes other than tab/newline is not a text file at all. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
  return controls > 0 && controls / Math.max(1, sample.length) > 0.01;
}
