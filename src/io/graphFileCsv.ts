// CSV / TSV edge lists: `source,target[,weight]`, one tie per row, header optional (a header
// row names its columns, e.g. `target,source,weight`, in any order). Delimiter auto-detected
// (papaparse, RFC 4180 quoting). Weights must be numbers ≥ 0; empty weight = unknown.
import Papa from "papaparse";
import Graph from "../domain/graph/graphology";
import { err, ok, type Result } from "../domain/result";
import type { GraphFileError } from "./graphFileErrors";

const SOURCE_NAMES = new Set(["source", "from", "src", "node1", "ego"]);
const TARGET_NAMES = new Set(["target", "to", "dst", "node2", "alter"]);
const WEIGHT_NAMES = new Set(["weight", "strength", "w", "value"]);

interface Columns {
  readonly source: number;
  readonly target: number;
  readonly weight: number | null;
}

function headerColumns(row: readonly string[]): Columns | null {
  const names = row.map((cell) => cell.trim().toLowerCase());
  const source = names.findIndex((c) => SOURCE_NAMES.has(c));
  const target = names.findIndex((c) => TARGET_NAMES.has(c));
  if (source < 0 || target < 0) return null;
  const weight = names.findIndex((c) => WEIGHT_NAMES.has(c));
  return { source, target, weight: weight >= 0 ? weight : null };
}

export function parseCsvGraph(file: string, text: string): Result<Graph, GraphFileError> {
  const invalid = (message: string, line?: number, field?: string): Result<never, GraphFileError> =>
    err({
      kind: "invalid",
      file,
      format: "csv",
      message,
      ...(line !== undefined ? { line } : {}),
      ...(field !== undefined ? { field } : {}),
    });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    return invalid(
      `${quoteError.message}; close the quoted cell or remove the stray quote.`,
      (quoteError.row ?? 0) + 1,
    );
  }
  const rows = parsed.data;
  const first = rows[0];
  if (first === undefined) return invalid("The edge list has no rows; add one `source,target[,weight]` line per tie.");
  const header = headerColumns(first);
  const columns: Columns = header ?? { source: 0, target: 1, weight: first.length > 2 ? 2 : null };
  const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: true });
  for (let r = header ? 1 : 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = r + 1;
    if (row.every((cell) => cell.trim() === "")) continue;
    const source = row[columns.source]?.trim() ?? "";
    const target = row[columns.target]?.trim() ?? "";
    if (source === "" || target === "") {
      return invalid("Each row needs a source and a target person (`source,target[,weight]`).", line);
    }
    const rawWeight = columns.weight === null ? "" : (row[columns.weight]?.trim() ?? "");
    const attrs: Record<string, number> = {};
    if (rawWeight !== "") {
      const weight = Number(rawWeight);
      if (!Number.isFinite(weight) || weight < 0) {
        return invalid(
          `The weight "${rawWeight}" is not a number ≥ 0; use e.g. 0.5 or leave it empty.`,
          line,
          "weight",
        );
      }
      attrs.weight = weight;
    }
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target, attrs);
  }
  if (graph.order === 0) return invalid("The edge list has a header but no ties; add `source,target` rows.");
  return ok(graph);
}
