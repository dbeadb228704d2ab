// XML graph files: GEXF 1.x (gexf.net) and GraphML (graphml.graphdrawing.org), parsed with
// @xmldom/xmldom (no DOM globals, so it runs in Node and in workers) and converted by
// graphology-gexf / graphology-graphml. Syntax errors carry the line from xmldom's locator.
import { DOMParser } from "@xmldom/xmldom";
import { MultiGraph } from "graphology";
import type Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { err, ok, type Result } from "../domain/result";
import type { GraphFileError, GraphFormat } from "./graphFileErrors";

function cleanMessage(message: string): string {
  return message.replace(/^\[xmldom [^\]]*\]\s*/, "").split("\n")[0]?.trim() ?? message;
}

/** Which XML graph format a root element name denotes, if any. */
export function xmlGraphFormat(root: string): "gexf" | "graphml" | null {
  const name = root.toLowerCase().replace(/^.*:/, "");
  return name === "gexf" ? "gexf" : name === "graphml" ? "graphml" : null;
}

export function parseXmlGraph(file: string, text: string): Result<{ graph: Graph; format: GraphFormat }, GraphFileError> {
  let firstError: string | null = null;
  let doc: Document;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        firstError ??= cleanMessage(message);
        throw new Error(firstError);
      },
    });
    doc = parser.parseFromString(text, "text/xml") as unknown as Document;
  } catch (e) {
    const locator = (e as { locator?: { lineNumber?: number } }).locator;
    const line = locator?.lineNumber;
    const message = firstError ?? cleanMessage(e instanceof Error ? e.message : String(e));
    return err({
      kind: "notXml",
      file,
      message: `The XML is malformed (${message}); fix it or re-export the file.`,
      ...(line !== undefined ? { line } : {}),
    });
  }
  const root = doc.documentElement?.nodeName ?? "";
  const format = xmlGraphFormat(root);
  if (format === null) {
    return err({ kind: "unknownFormat", file, message: `The XML root is <${root}>, not <gexf> or <graphml>; export the network as GEXF or GraphML.` });
  }
  try {
    // The converters get the text: they bundle their own DOM implementation (a Document from
    // ours fails their instanceof check); the parse above only locates syntax errors.
    const graph = format === "gexf" ? parseGexf(MultiGraph, text) : parseGraphml(MultiGraph, text);
    return ok({ graph: graph as unknown as Graph, format });
  } catch (e) {
    const message = cleanMessage(e instanceof Error ? e.message : String(e));
    return err({ kind: "invalid", file, format, message: `The ${format.toUpperCase()} content is not a valid graph (${message}); re-export it from your tool.` });
  }
}
