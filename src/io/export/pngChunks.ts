// PNG text chunks (PNG spec 3rd ed., §11.3.3.4 tEXt and §11.3.3.5 iTXt; chunk layout §5.3):
// length (4, big-endian) · type (4) · data · CRC-32 over type + data. We store the editable map
// as an uncompressed iTXt chunk (UTF-8, so Japanese names survive) just before IEND.

export const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
/** Keyword of the chunk holding the native map JSON. */
export const MAP_KEYWORD = "tsunagari-map";

let table: Uint32Array | null = null;

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  readonly type: string;
  /** Offset of the length field; the chunk spans offset … offset + 12 + data.length. */
  readonly offset: number;
  readonly data: Uint8Array;
  readonly crcOk: boolean;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Lists the chunks, or null when the bytes are not a well-formed PNG chunk stream. */
export function readPngChunks(png: Uint8Array): PngChunk[] | null {
  if (!isPng(png)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    if (at + 12 + length > png.length) return null;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = crc32(png, at + 4, at + 8 + length) === view.getUint32(at + 8 + length);
    chunks.push({ type, offset: at, data, crcOk });
    at += 12 + length;
    if (type === "IEND") return chunks;
  }
  return null;
}

/** Why a PNG is damaged: it ends before IEND (or a length field is garbage), or a chunk fails its CRC. */
export function pngDamage(png: Uint8Array): "truncated" | "checksum" | null {
  const chunks = readPngChunks(png);
  if (!chunks) return "truncated";
  return chunks.every((c) => c.crcOk) ? null : "checksum";
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** iTXt data: keyword NUL, compression flag 0, method 0, language NUL, translated keyword NUL, text. */
function iTxtData(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  return concat([enc.encode(keyword), new Uint8Array([0, 0, 0, 0, 0]), enc.encode(text)]);
}

function keywordOf(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return new TextDecoder("latin1").decode(data.subarray(0, nul < 0 ? data.length : nul));
}

/**
 * Returns a copy of the PNG with an iTXt chunk `keyword` = `text` before IEND, replacing any
 * earlier text chunk with that keyword. Throws on bytes that are not a PNG (a programming error:
 * the caller passes the canvas it just rendered).
 */
export function insertITxt(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readPngChunks(png);
  if (!chunks) throw new Error("insertITxt: not a PNG");
  const parts: Uint8Array[] = [PNG_SIGNATURE];
  for (const c of chunks) {
    const raw = png.subarray(c.offset, c.offset + 12 + c.data.length);
    if ((c.type === "iTXt" || c.type === "tEXt") && keywordOf(c.data) === keyword) continue;
    if (c.type === "IEND") parts.push(chunk("iTXt", iTxtData(keyword, text)));
    parts.push(raw);
  }
  return concat(parts);
}

/** Reads the text of an uncompressed iTXt (or Latin-1 tEXt) chunk with that keyword, CRC checked. */
export function readITxt(png: Uint8Array, keyword: string): string | null {
  for (const c of readPngChunks(png) ?? []) {
    if (!c.crcOk || keywordOf(c.data) !== keyword) continue;
    const d = c.data;
    if (c.type === "tEXt") return new TextDecoder("latin1").decode(d.subarray(keyword.length + 1));
    if (c.type !== "iTXt" || d[keyword.length + 1] !== 0) continue;
    let at = keyword.length + 3;
    at = d.indexOf(0, at) + 1; // language tag
    if (at === 0) continue;
    at = d.indexOf(0, at) + 1; // translated keyword
    if (at === 0) continue;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(d.subarray(at));
    } catch {
      continue;
    }
  }
  return null;
}
