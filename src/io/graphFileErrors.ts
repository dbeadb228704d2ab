// Typed errors for reading a graph file (GEXF, GraphML, CSV, graphology JSON, native map).
// Every error names the file, where known the line or field, and says in plain words what
// to do; `describeGraphFileError` renders one line for logs and the command line.
import type { NativeParseError } from "./native";

export type GraphFormat = "native" | "graphology-json" | "gexf" | "graphml" | "csv";

export type GraphFileError =
  | { readonly kind: "empty"; readonly file: string; readonly message: string }
  | { readonly kind: "unknownFormat"; readonly file: string; readonly message: string }
  | { readonly kind: "notJson"; readonly file: string; readonly line?: number; readonly message: string }
  | { readonly kind: "notXml"; readonly file: string; readonly line?: number; readonly message: string }
  | {
      readonly kind: "invalid";
      readonly file: string;
      readonly format: GraphFormat;
      readonly line?: number;
      readonly field?: string;
      readonly message: string;
    }
  | { readonly kind: "native"; readonly file: string; readonly error: NativeParseError; readonly message: string };

/** "file:line (field): message" on one line. */
export function describeGraphFileError(e: GraphFileError): string {
  const line = "line" in e && e.line !== undefined ? `:${e.line}` : "";
  const field = "field" in e && e.field !== undefined ? ` (${e.field})` : "";
  return `${e.file}${line}${field}: ${e.message}`;
}

/** The line (1-based) of a character offset in `text`. */
export function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/** Line of a JSON.parse error from either V8 message style ("position N" / "line N"). */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/.exec(message);
  return byPosition ? lineOfOffset(text, Number(byPosition[1])) : undefined;
}
