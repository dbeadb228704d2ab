// CSV text → a table of string cells with the 1-based line each row starts on (RFC 4180 via
// papaparse; quoted cells may span lines, so line numbers come from the parser's cursor).
// The delimiter is detected (comma, tab for Excel "Unicode text", semicolon for European Excel).
// Line endings may be CRLF, LF or a mix of both.
import Papa from "papaparse";
import { err, ok, type Result } from "../../domain/result";
import { looksBinary } from "./decodeText";
import type { ImportError } from "./types";

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Line on which each row starts (same index as rows). */
  readonly lines: readonly number[];
  /** Line of the header row. */
  readonly headerLine: number;
}

/** Excel-safe cells are exported with a leading apostrophe before = + - @, TAB or CR; undo it. */
export function unguardCell(cell: string): string {
  // The first character first: the regex on each of 100,000 cells is a measurable share of a read.
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const DELIMITERS = [",", "\t", ";", "|"] as const;

/**
 * The delimiter that splits the first lines into the most cells consistently: for each candidate,
 * the most common cell count above one, times the number of lines that have it. papaparse's own
 * guess ignores the header, so an exported people sheet whose only `;` sit in its list cells
 * ("A; B") came back as one column.
 */
export function guessDelimiter(body: string): string {
  const sample = body.split("\n", 40).filter((l) => l.trim() !== "");
  let best: string = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of sample) {
      let cells = 1;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) cells++;
      }
      if (cells > 1) counts.set(cells, (counts.get(cells) ?? 0) + 1);
    }
    for (const [cells, lines] of counts) {
      if (cells * lines > bestScore) [best, bestScore] = [d, cells * lines];
    }
  }
  return best;
}

/** Parses CSV rows; `headerMatch` finds the header row when a preamble precedes it (LinkedIn). */
export function parseCsvTable(
  file: string,
  text: string,
  headerMatch: (cells: readonly string[]) => boolean = () => true,
): Result<CsvTable, ImportError> {
  // papaparse takes the first line ending for the whole file; LinkedIn ends its "Notes:" lines
  // with CRLF and its rows with LF, so mixed endings are made LF first.
  const body = text.replace(/^\uFEFF/u, "").replace(/\r\n/gu, "\n");
  if (body.trim() === "") return err({ kind: "empty", file });
  if (looksBinary(body)) return err({ kind: "notCsv", file, message: "binary content" });
  const delimiter = guessDelimiter(body);
  const read = !body.includes('"') && !body.includes("\r") ? plainRows(body, delimiter) : papaRows(body, delimiter);
  if (read.quoteError !== null) return err({ kind: "notCsv", file, message: read.quoteError });
  return tableOf(file, read, headerMatch);
}

/** The rows with a cell that is not empty, the line each starts on, and the first quote error. */
export interface CsvRows {
  readonly all: string[][];
  readonly lines: number[];
  readonly quoteError: string | null;
}

/** The body's rows read by papaparse (RFC 4180: quoted cells, line breaks inside them). */
export function papaRows(body: string, delimiter: string): CsvRows {
  const all: string[][] = [];
  const lines: number[] = [];
  let counted = 0;
  let line = 1;
  let prevCursor = 0;
  let quoteError: string | null = null;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (res) => {
      line += countNewlines(body, counted, prevCursor);
      counted = prevCursor;
      const quote = res.errors.find((e) => e.type === "Quotes");
      if (quote && quoteError === null) quoteError = `${quote.message} (line ${line})`;
      const cells = res.data.map((c) => unguardCell(c.trim()));
      if (cells.some((c) => c !== "")) {
        all.push(cells);
        lines.push(line);
      }
      prevCursor = res.meta.cursor;
    },
  });
  return { all, lines, quoteError };
}

/**
 * A body without quotes or carriage returns, as papaparse reads it: each line a row, each
 * delimiter a cell boundary (nothing can be quoted, nothing spans lines). Split by hand because
 * papaparse's per-row step is most of an import's time on a plain edge list (10 ms of the CLI's
 * 1,000/5,000 run, 4–5× this split); any quote or CR goes to papaparse (papaRows).
 */
export function plainRows(body: string, delimiter: string): CsvRows {
  const all: string[][] = [];
  const lines: number[] = [];
  const rows = body.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const raw = (rows[i] as string).split(delimiter);
    const cells = new Array<string>(raw.length);
    let filled = false;
    for (let c = 0; c < raw.length; c++) {
      const cell = unguardCell((raw[c] as string).trim());
      cells[c] = cell;
      if (cell !== "") filled = true;
    }
    if (filled) {
      all.push(cells);
      lines.push(i + 1);
    }
  }
  return { all, lines, quoteError: null };
}

function tableOf(
  file: string,
  { all, lines }: CsvRows,
  headerMatch: (cells: readonly string[]) => boolean,
): Result<CsvTable, ImportError> {
  const headerIndex = all.findIndex(headerMatch);
  const headers = all[headerIndex];
  if (headerIndex < 0 || !headers) return err({ kind: "empty", file });
  return ok({
    headers,
    rows: all.slice(headerIndex + 1),
    lines: lines.slice(headerIndex + 1),
    headerLine: lines[headerIndex] ?? 1,
  });
}
