// Reads a network file for the command line and imports: our native map (`"format":
// "tsunagari-map"`), graphology JSON (`graph.export()`) or the fixtures' {nodes, edges} JSON,
// GEXF, GraphML, and CSV/TSV edge lists. Pure: text in, Result out. The format comes from the
// content (JSON / XML root), falling back to the extension; the ego is the native map's ego or
// the single node whose `role` attribute is "ego".
import type Graph from "graphology";
import { documentToGraph } from "../domain/graph/toGraph";
import { err, ok, type Result } from "../domain/result";
import { parseCsvGraph } from "./graphFileCsv";
import { describeGraphFileError, jsonErrorLine, type GraphFileError, type GraphFormat } from "./graphFileErrors";
import { parseJsonGraph } from "./graphFileJson";
import { parseXmlGraph } from "./graphFileXml";
import { describeNativeError, NATIVE_FORMAT, parseNative } from "./native";

export { describeGraphFileError, type GraphFileError, type GraphFormat };

export interface GraphFile {
  readonly graph: Graph;
  readonly format: GraphFormat;
  /** The ego: the native map's ego, or the one node with role = "ego". */
  readonly egoId?: string;
}

/** The single node whose `role` attribute is "ego", if exactly one exists. */
export function findEgoByRole(graph: Graph): string | undefined {
  const egos = graph.filterNodes((_node, attrs) => attrs.role === "ego");
  return egos.length === 1 ? egos[0] : undefined;
}

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function withEgo(graph: Graph, format: GraphFormat): GraphFile {
  const egoId = findEgoByRole(graph);
  return egoId === undefined ? { graph, format } : { graph, format, egoId };
}

function parseJsonFile(file: string, text: string): Result<GraphFile, GraphFileError> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = jsonErrorLine(text, message);
    return err({
      kind: "notJson",
      file,
      message: `The file is not valid JSON (${message}); fix the syntax or re-export it.`,
      ...(line !== undefined ? { line } : {}),
    });
  }
  if (typeof data === "object" && data !== null && (data as { format?: unknown }).format === NATIVE_FORMAT) {
    const parsed = parseNative(text);
    if (!parsed.ok)
      return err({ kind: "native", file, error: parsed.error, message: describeNativeError(parsed.error) });
    const { graph, egoId } = documentToGraph(parsed.value);
    return ok({ graph: graph as unknown as Graph, format: "native", egoId });
  }
  const graph = parseJsonGraph(file, data);
  return graph.ok ? ok(withEgo(graph.value, "graphology-json")) : graph;
}

/** Parses `text` (the contents of the file called `name`) into a graphology graph. */
export function parseGraphFile(name: string, text: string): Result<GraphFile, GraphFileError> {
  const body = text.replace(/^\uFEFF/, "");
  const start = body.trimStart();
  if (start === "") {
    return err({
      kind: "empty",
      file: name,
      message: "The file is empty; choose a map, GEXF, GraphML, JSON or CSV file.",
    });
  }
  const ext = extension(name);
  if (start.startsWith("{") || (ext === "json" && !start.startsWith("<"))) return parseJsonFile(name, body);
  if (start.startsWith("<")) {
    const parsed = parseXmlGraph(name, body);
    return parsed.ok ? ok(withEgo(parsed.value.graph, parsed.value.format)) : parsed;
  }
  if (["gexf", "graphml", "xml"].includes(ext)) {
    return err({
      kind: "notXml",
      file: name,
      line: 1,
      message: "The file does not start with an XML tag; re-export it as GEXF or GraphML.",
    });
  }
  const csv = parseCsvGraph(name, body);
  return csv.ok ? ok(withEgo(csv.value, "csv")) : csv;
}
