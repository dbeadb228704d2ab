// XML graph files → graphology graphs: GEXF 1.2/1.3 (gexf.net) and GraphML (graphml.graphdrawing.org);
// graphology's JSON is graphologyJson.ts. XML goes through an injected DOMParser (the browser's, or
// XmldomParser in Node and workers) and then graphology's own parsers, so files written by
// Gephi, NetworkX (write_gexf / write_graphml) and igraph (write_graphml) read the same way;
// yEd's GraphML (yFiles extensions, group nodes) goes through graphmlExtended.ts.
import Graph from "../../domain/graph/graphology";
import type { AbstractGraph } from "graphology-types";
import createGexfParser from "graphology-gexf/common/parser.js";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import { err, ok, type Result } from "../../domain/result";
import { needsExtendedGraphml, readExtendedGraphml, type XmlElementLike } from "./graphmlExtended";
import type { ImportError, XmlParserConstructor } from "./types";

export interface XmlDocumentLike {
  readonly documentElement: { readonly nodeName: string } | null;
  getElementsByTagName(name: string): {
    readonly length: number;
    item(i: number): { textContent: string | null } | null;
  };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Line number in a parser message: xmldom "(line 3)", Chrome "on line 3", Firefox "Line Number 3", jsdom "3:15:". */
function lineOf(text: string): number | undefined {
  const m = /line(?: number)?[: ]+(\d+)/iu.exec(text) ?? /^(\d+):\d+:/u.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Parses XML with the given DOMParser; the browser reports errors as a <parsererror> element. */
export function parseXml(
  file: string,
  text: string,
  Parser: XmlParserConstructor,
): Result<XmlDocumentLike, ImportError> {
  if (text.trim() === "") return err({ kind: "empty", file });
  let doc: XmlDocumentLike;
  try {
    doc = new Parser().parseFromString(text.replace(/^\uFEFF/u, ""), "application/xml") as XmlDocumentLike;
  } catch (e) {
    // xmldom rethrows the parser's error as 'Reporting fatalError "…" caused Error: …'.
    const raw = message(e);
    const line = lineOf(raw);
    const msg = /caused (?:\w*Error: )?(.*)$/u.exec(raw)?.[1] ?? raw;
    return err({ kind: "notXml", file, message: msg, ...(line ? { line } : {}) });
  }
  const problem = doc.getElementsByTagName("parsererror").item(0);
  if (problem || !doc.documentElement) {
    const raw = problem?.textContent ?? "no root element";
    const line = lineOf(raw);
    // Chrome wraps the parser's sentence in page-rendering prose; keep the sentence.
    const msg = raw
      .replace(/^This page contains the following errors:/u, "")
      .replace(/Below is a rendering of the page up to the first error\.?\s*$/u, "")
      .replace(/^error on line \d+ at column \d+:\s*/u, "")
      .trim();
    return err({ kind: "notXml", file, message: msg || raw, ...(line ? { line } : {}) });
  }
  return ok(doc);
}

/** A parsed XML document → graph, when its root is the expected GEXF or GraphML element. */
export function xmlDocumentToGraph(
  file: string,
  doc: XmlDocumentLike,
  Parser: XmlParserConstructor,
  root: "gexf" | "graphml",
): Result<AbstractGraph, ImportError> {
  const rootName = (doc.documentElement?.nodeName ?? "").replace(/^.*:/u, "").toLowerCase();
  if (rootName !== root || doc.getElementsByTagName("graph").length === 0) {
    return err({
      kind: "notGraph",
      file,
      message: `root element <${rootName}>, expected <${root}> with a <graph>`,
    });
  }
  const factory = root === "gexf" ? createGexfParser : createGraphmlParser;
  try {
    // yEd files, keys for="all"/"port", nested graphs: graphology's parser throws or misreads them.
    const element = doc.documentElement as unknown as XmlElementLike;
    if (root === "graphml" && needsExtendedGraphml(element)) return ok(readExtendedGraphml(element));
    const parse = factory(Parser, (doc as object).constructor);
    return ok(parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }));
  } catch (e) {
    return err({ kind: "notGraph", file, message: message(e) });
  }
}

function viaGraphology(
  file: string,
  text: string,
  Parser: XmlParserConstructor,
  root: "gexf" | "graphml",
): Result<AbstractGraph, ImportError> {
  const doc = parseXml(file, text, Parser);
  return doc.ok ? xmlDocumentToGraph(file, doc.value, Parser, root) : doc;
}

export const gexfToGraph = (
  file: string,
  text: string,
  Parser: XmlParserConstructor,
): Result<AbstractGraph, ImportError> => viaGraphology(file, text, Parser, "gexf");

export const graphmlToGraph = (
  file: string,
  text: string,
  Parser: XmlParserConstructor,
): Result<AbstractGraph, ImportError> => viaGraphology(file, text, Parser, "graphml");
