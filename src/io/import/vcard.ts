// vCard 2.1 / 3.0 (RFC 2426) / 4.0 (RFC 6350) contacts, as exported by Google Contacts, Apple
// Contacts and Japanese phones: folded lines, QUOTED-PRINTABLE with CHARSET (UTF-8 or
// Shift_JIS), backslash escapes, grouped properties (`item1.ORG`). FN/N → name, X-PHONETIC-* and
// SOUND;X-IRMC-N → reading, ORG → work community, CATEGORIES → third-place communities, NOTE → note.
import { joinNameParts } from "../../domain/model";
import { err, type Result } from "../../domain/result";
import { contactListImport, DocBuilder } from "./docBuilder";
import { splitList } from "./splitList";
import type { ImportError, ImportWarning, ImportedMap } from "./types";

interface Property {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly raw: string;
}

const SKIPPED_CATEGORIES = new Set(["mycontacts", "starred", "my contacts", "imported on"]);

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === "=" && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const byte of new TextEncoder().encode(value[i])) bytes.push(byte);
    }
  }
  const label = /shift[_-]?jis|sjis|windows-31j|cp932/iu.test(charset) ? "shift_jis" : "utf-8";
  return new TextDecoder(label).decode(new Uint8Array(bytes));
}

/** Splits a structured value on unescaped `sep` and undoes \n \, \; \\. */
function components(value: string, sep: ";" | ","): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\" && i + 1 < value.length) {
      const next = value[++i] ?? "";
      cur += next === "n" || next === "N" ? "\n" : next;
    } else if (ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

function parseLine(line: string): Property | null {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < line.length && colon < 0; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ":" && !quoted) colon = i;
  }
  if (colon <= 0) return null;
  const [head = "", ...paramParts] = line.slice(0, colon).split(";");
  const params = new Map<string, string>();
  for (const p of paramParts) {
    const eq = p.indexOf("=");
    // vCard 2.1 allows bare parameters: `;QUOTED-PRINTABLE`, `;CHARSET=SHIFT_JIS`.
    if (eq < 0) params.set(p.toUpperCase() === "QUOTED-PRINTABLE" ? "ENCODING" : "TYPE", p.toUpperCase());
    else params.set(p.slice(0, eq).toUpperCase(), p.slice(eq + 1).replace(/^"|"$/gu, ""));
  }
  const name = (head.split(".").pop() ?? "").toUpperCase();
  let raw = line.slice(colon + 1);
  if ((params.get("ENCODING") ?? "").toUpperCase() === "QUOTED-PRINTABLE") {
    raw = decodeQuotedPrintable(raw, params.get("CHARSET") ?? "utf-8");
  }
  return { name, params, raw };
}

/** Unfolds continuation lines (RFC 6350 §3.2) and QUOTED-PRINTABLE soft breaks (`=` at line end). */
function unfold(text: string): string[] {
  const physical = text.replace(/\r\n?/gu, "\n").split("\n");
  const lines: string[] = [];
  for (const l of physical) {
    const last = lines.length - 1;
    const prev = lines[last];
    if (prev !== undefined && (l.startsWith(" ") || l.startsWith("\t"))) lines[last] = prev + l.slice(1);
    else if (prev !== undefined && /QUOTED-PRINTABLE/iu.test(prev.split(":")[0] ?? "") && prev.endsWith("=")) {
      lines[last] = prev.slice(0, -1) + l;
    } else lines.push(l);
  }
  return lines;
}

export function isVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD/imu.test(text.slice(0, 1000));
}

export interface VcardOptions {
  readonly egoName?: string;
  readonly title?: string;
}

export function parseVcard(file: string, text: string, options: VcardOptions = {}): Result<ImportedMap, ImportError> {
  if (text.trim() === "") return err({ kind: "empty", file });
  if (!isVcard(text)) return err({ kind: "notVcard", file });
  const b = new DocBuilder(options.title ?? "", { name: options.egoName ?? "You" });
  const warnings: ImportWarning[] = [];
  let card: Property[] | null = null;
  let cardLine = 0;
  const lines = unfold(text);
  for (const [i, line] of lines.entries()) {
    const upper = line.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") {
      card = [];
      cardLine = i + 1;
    } else if (upper === "END:VCARD" && card) {
      const get = (n: string): Property | undefined => card?.find((p) => p.name === n);
      const n = components(get("N")?.raw ?? "", ";");
      const [family = "", given = ""] = n;
      const fromN = joinNameParts(given, family);
      const org = components(get("ORG")?.raw ?? "", ";")[0] ?? "";
      const name =
        components(get("FN")?.raw ?? "", ";")
          .join(" ")
          .trim() ||
        fromN ||
        org;
      const sound = card.find((p) => p.name === "SOUND" && p.params.get("TYPE") === "X-IRMC-N");
      const reading =
        [get("X-PHONETIC-LAST-NAME")?.raw, get("X-PHONETIC-FIRST-NAME")?.raw].filter(Boolean).join(" ") ||
        components(sound?.raw ?? "", ";")
          .filter(Boolean)
          .join(" ");
      const categories = card
        .filter((p) => p.name === "CATEGORIES")
        .flatMap((p) => components(p.raw, ","))
        .flatMap(splitList)
        .filter((c) => c && !SKIPPED_CATEGORIES.has(c.toLowerCase()) && !c.toLowerCase().startsWith("imported on"));
      const note = card
        .filter((p) => p.name === "NOTE")
        .map((p) => components(p.raw, ";").join(";"))
        .join("\n");
      if (!name) warnings.push({ kind: "skippedRow", line: cardLine, reason: "noName" });
      else {
        const communities = [
          ...(org && org !== name ? [{ name: org, sphere: "work" as const }] : []),
          ...categories.map((c) => ({
            name: c,
            sphere: /^(family|家族)$/iu.test(c) ? ("family" as const) : ("third" as const),
          })),
        ];
        const id = b.mergePerson({ name, reading, note, communities });
        b.tie(b.egoId, id);
      }
      card = null;
    } else if (card) {
      const prop = parseLine(line);
      if (prop) card.push(prop);
    }
  }
  if (b.personCount() <= 1) return err({ kind: "noPeople", file });
  return contactListImport(b, "vcard", file, options.egoName, warnings);
}
