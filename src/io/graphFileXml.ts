// XML graph files for the command line: GEXF 1.x (gexf.net) and GraphML
// (graphml.graphdrawing.org). The parsing itself is the app importer's (import/graphFiles.ts:
// xmldom, then graphology's converters on the parsed document); this module only
// picks the format from the root element and words the errors for the CLI.
import type Graph from "graphology";
import { err, ok, type Result } from "../domain/result";
import type { GraphFileError, GraphFormat } from "./graphFileErrors";
import { parseXml, xmlDocumentToGraph } from "./import/graphFiles";
import { XmldomParser } from "./import/xmldom";

/** Which XML graph format a root element name denotes, if any. */
export function xmlGraphFormat(root: string): "gexf" | "graphml" | null {
  const name = root.toLowerCase().replace(/^.*:/, "");
  return name === "gexf" ? "gexf" : name === "graphml" ? "graphml" : null;
}

/** xmldom's sentence without its "[xmldom error]" prefix and our "(line N)" suffix. */
function cleanMessage(message: string): string {
  const first =
    message
      .replace(/^\[xmldom [^\]]*\]\s*/, "")
      .split("\n")[0]
      ?.trim() ?? message;
  return first.replace(/\s*\(line \d+\)$/u, "");
}

export function parseXmlGraph(
  file: string,
  text: string,
): Result<{ graph: Graph; format: GraphFormat }, GraphFileError> {
  const doc = parseXml(file, text, XmldomParser);
  if (!doc.ok) {
    const e = doc.error;
    const line = e.kind === "notXml" ? e.line : undefined;
    const detail = cleanMessage("message" in e ? e.message : "empty file");
    return err({
      kind: "notXml",
      file,
      message: `The XML is malformed (${detail}); fix it or re-export the file.`,
      ...(line !== undefined ? { line } : {}),
    });
  }
  const root = doc.value.documentElement?.nodeName ?? "";
  const format = xmlGraphFormat(root);
  if (format === null) {
    return err({
      kind: "unknownFormat",
      file,
      message: `The XML root is <${root}>, not <gexf> or <graphml>; export the network as GEXF or GraphML.`,
    });
  }
  const graph = xmlDocumentToGraph(file, doc.value, XmldomParser, format);
  if (!graph.ok) {
    const detail = "message" in graph.error ? cleanMessage(graph.error.message) : graph.error.kind;
    return err({
      kind: "invalid",
      file,
      format,
      message: `The ${format.toUpperCase()} content is not a valid graph (${detail}); re-export it from your tool.`,
    });
  }
  return ok({ graph: graph.value as unknown as Graph, format });
}
