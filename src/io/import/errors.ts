// Import errors for people: an i18n key in the "io" namespace plus the parameters the message
// needs (which file, which line and field, what was expected), and a plain-English line for
// logs and the CLI. Every message says what happened and what to do.
import type { ExpectedValue, ImportError, ImportErrorKind, ImportWarning } from "./types";

// Literal keys, never built from templates: a new error kind or warning without its key fails
// typecheck here, and the UI's typed `t()` checks that every key exists in "io".
const ERROR_KEY = {
  tooLarge: "error.tooLarge",
  empty: "error.empty",
  badEncoding: "error.badEncoding",
  unknownFormat: "error.unknownFormat",
  notCsv: "error.notCsv",
  missingColumn: "error.missingColumn",
  notXml: "error.notXml",
  notGraph: "error.notGraph",
  notJson: "error.notJson",
  notOurFormat: "error.notOurFormat",
  versionTooNew: "error.versionTooNew",
  invalid: "error.invalid",
  noEmbeddedMap: "error.noEmbeddedMap",
  notAnImage: "error.notAnImage",
  notVcard: "error.notVcard",
  noPeople: "error.noPeople",
} as const satisfies Record<Exclude<ImportErrorKind, "badRow" | "damagedImage">, string>;
const AT_LINE_KEY = { notXml: "error.notXmlAtLine", notJson: "error.notJsonAtLine" } as const;
const BAD_ROW_KEY = {
  strength: "error.badRow.strength",
  likert: "error.badRow.likert",
  frequency: "error.badRow.frequency",
  sphere: "error.badRow.sphere",
  number: "error.badRow.number",
} as const satisfies Record<ExpectedValue, string>;
const DAMAGED_IMAGE_KEY = {
  truncated: "error.damagedImage.truncated",
  checksum: "error.damagedImage.checksum",
} as const;
const SKIPPED_ROW_KEY = {
  noName: "warning.skippedRow.noName",
  noEnds: "warning.skippedRow.noEnds",
  selfTie: "warning.skippedRow.selfTie",
} as const satisfies Record<Extract<ImportWarning, { kind: "skippedRow" }>["reason"], string>;
const COUNT_WARNING_KEY = {
  mergedDuplicates: "warning.mergedDuplicates",
  skippedEdges: "warning.skippedEdges",
} as const;

type ValueOf<T> = T[keyof T];
export type MessageKey =
  | ValueOf<typeof ERROR_KEY>
  | ValueOf<typeof AT_LINE_KEY>
  | ValueOf<typeof BAD_ROW_KEY>
  | ValueOf<typeof DAMAGED_IMAGE_KEY>
  | ValueOf<typeof SKIPPED_ROW_KEY>
  | ValueOf<typeof COUNT_WARNING_KEY>
  | "warning.weightsScaled";

export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

export function importErrorMessage(e: ImportError): Message {
  const p: Record<string, string | number> = { file: e.file };
  switch (e.kind) {
    case "tooLarge":
      Object.assign(p, { size: mb(e.bytes), limit: (e.limit / 1e6).toFixed(0) });
      break;
    case "notCsv":
    case "notGraph":
    case "invalid":
      Object.assign(p, { message: e.message, ...(e.kind === "invalid" ? { path: e.path } : {}) });
      break;
    case "notXml":
    case "notJson":
      Object.assign(p, { message: e.message, line: e.line ?? "?" });
      return { key: e.line ? AT_LINE_KEY[e.kind] : ERROR_KEY[e.kind], params: p };
    case "missingColumn":
      p.column = e.column;
      break;
    case "badRow":
      Object.assign(p, { line: e.line, field: e.field, value: e.value.slice(0, 40) });
      return { key: BAD_ROW_KEY[e.expected], params: p };
    case "versionTooNew":
      Object.assign(p, { found: e.found, supported: e.supported });
      break;
    case "damagedImage":
      return { key: DAMAGED_IMAGE_KEY[e.problem], params: p };
    case "notAnImage":
      p.claimed = e.claimed;
      break;
    default:
      break;
  }
  return { key: ERROR_KEY[e.kind], params: p };
}

export function importWarningMessage(w: ImportWarning): Message {
  switch (w.kind) {
    case "skippedRow":
      return { key: SKIPPED_ROW_KEY[w.reason], params: { line: w.line } };
    case "mergedDuplicates":
    case "skippedEdges":
      return { key: COUNT_WARNING_KEY[w.kind], params: { count: w.count } };
    case "weightsScaled":
      return { key: "warning.weightsScaled", params: { max: w.max } };
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  strength: "a strength from 0 to 1 (or 1–5, 0–10, 0–100, a percentage)",
  likert: "a whole number from 1 to 5",
  frequency: "contacts per year or often / occasionally / rarely",
  sphere: "family, work or third",
  number: "a number",
};

/** Where a problem is, as compilers print it: `file:line (field)`. */
function where(file: string, line?: number, field?: string): string {
  return `${file}${line ? `:${line}` : ""}${field ? ` (${field})` : ""}`;
}

/** A parser's sentence without xmldom's "[xmldom error]" prefix, our "(line N)" suffix or a final stop. */
function sentence(message: string): string {
  const first = message.replace(/^\[xmldom [^\]]*\]\s*/u, "").split("\n")[0] ?? message;
  return first
    .trim()
    .replace(/\s*\(line \d+\)$/u, "")
    .replace(/\.$/u, "");
}

/** One line of plain English for the command line and logs: where, what happened, what to do. */
export function describeImportError(e: ImportError): string {
  const f = e.file;
  switch (e.kind) {
    case "tooLarge":
      return `${f} is ${mb(e.bytes)} MB; the limit is ${(e.limit / 1e6).toFixed(0)} MB. Split the file or remove columns you do not need.`;
    case "empty":
      return `${f} is empty; choose a map, spreadsheet, GEXF, GraphML, vCard file or a list of names.`;
    case "badEncoding":
      return `${f} is not text in UTF-8, Shift_JIS or Windows-1252. Save it again as "CSV UTF-8".`;
    case "unknownFormat":
      return `${f} is not a format Tsunagari can import (map JSON, CSV, GEXF, GraphML, vCard, LinkedIn CSV, a list of names).`;
    case "notCsv": {
      const line = /\(line (\d+)\)$/u.exec(e.message)?.[1];
      return `${where(f, line ? Number(line) : undefined)}: The file could not be read as CSV (${sentence(e.message)}); close the quoted cell or remove the stray quote.`;
    }
    case "missingColumn":
      return `${f} has no "${e.column}" column; add a header row that names it (e.g. source,target,strength).`;
    case "badRow":
      return `${where(f, e.line, e.field)}: "${e.value}" is not ${EXPECTED[e.expected] ?? "valid"}.`;
    case "notXml":
      return `${where(f, e.line)}: The XML is malformed (${sentence(e.message)}); fix it or re-export the file.`;
    case "notGraph":
      return e.path
        ? `${where(f, undefined, e.path)}: ${e.message}`
        : `${f} is XML or JSON but not a graph file (${sentence(e.message)}); export the network as GEXF or GraphML.`;
    case "notJson":
      return `${where(f, e.line)}: The file is not valid JSON (${sentence(e.message)}); fix the syntax or re-export it.`;
    case "notOurFormat":
      return `${f} is JSON but not a Tsunagari map (no "format": "tsunagari-map").`;
    case "versionTooNew":
      return `${f} was saved by a newer Tsunagari (format ${e.found}; this one reads up to ${e.supported}). Update it to open the file.`;
    case "invalid":
      return `${where(f, undefined, e.path)}: The map is damaged: ${e.message}.`;
    case "noEmbeddedMap":
      return `${f} is an image without editable map data. Export it again with "include editable data".`;
    case "damagedImage":
      return e.problem === "truncated"
        ? `${f} is a damaged PNG: the file ends too early. Copy or download it again, or export it again from Tsunagari.`
        : `${f} is a damaged PNG: part of it fails its checksum. Copy or download it again, or export it again from Tsunagari.`;
    case "notAnImage":
      return `${f} is named or labelled as a ${e.claimed} image but is not one. If it holds text (a list or table), rename it to .txt or .csv.`;
    case "notVcard":
      return `${f} contains no contact cards (BEGIN:VCARD).`;
    case "noPeople":
      return `${f} contains no people.`;
  }
}
