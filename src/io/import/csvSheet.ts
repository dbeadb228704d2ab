// What the column-mapping step shows of a spreadsheet: its header, its first rows and the
// guessed kind and mapping. Read where the file is imported (the import worker for big files), so
// the dialog never parses the sheet a second time on the main thread.
import { guessColumns, guessCsvKind, isHeaderlessEdgeList, type CsvField, type CsvKind } from "./csvColumns";
import { parseCsvTable } from "./csvTable";
import { decodeText } from "./decodeText";

/** Rows kept for the preview (it shows the first five). */
export const SHEET_PREVIEW_ROWS = 20;

export interface CsvSheet {
  readonly headers: readonly string[];
  /** The first rows only (SHEET_PREVIEW_ROWS), for the live preview. */
  readonly rows: readonly (readonly string[])[];
  readonly kind: CsvKind;
  readonly mapping: Partial<Record<CsvField, number>>;
  /** The first row is already a tie (`me,ana,0.3`): an edge list the importer reads as it is. */
  readonly headerless: boolean;
}

/** Files whose columns the user may map. */
export const isSpreadsheetName = (name: string): boolean => /\.(csv|tsv)$/iu.test(name);

/** The header, first rows and guessed mapping of a CSV file; null when it is not a readable sheet. */
export function readCsvSheet(name: string, bytes: Uint8Array): CsvSheet | null {
  const decoded = decodeText(bytes);
  const table = decoded ? parseCsvTable(name, decoded.text) : null;
  if (!table?.ok) return null;
  const { headers, rows } = table.value;
  return {
    headers,
    rows: rows.slice(0, SHEET_PREVIEW_ROWS),
    kind: guessCsvKind(headers),
    mapping: guessColumns(headers),
    headerless: isHeaderlessEdgeList(headers),
  };
}
