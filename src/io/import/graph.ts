// Graph-file importers: GEXF, GraphML and graphology JSON → ImportedMap via graphToDocument.
import type { AbstractGraph } from "graphology-types";
import { err, ok, type Result } from "../../domain/result";
import { gexfToGraph, graphmlToGraph } from "./graphFiles";
import { graphologyJsonToGraph } from "./graphologyJson";
import { graphToDocument, type GraphToDocumentOptions } from "./graphToDocument";
import type { ImportError, ImportFormat, ImportedMap, XmlParserConstructor } from "./types";

export interface GraphImportOptions extends GraphToDocumentOptions {
  /** The browser's DOMParser on the main thread; XmldomParser in Node and workers. */
  readonly domParser: XmlParserConstructor;
}

function toImported(
  file: string,
  format: ImportFormat,
  graph: Result<AbstractGraph, ImportError>,
  options: GraphToDocumentOptions,
) {
  if (!graph.ok) return graph;
  if (graph.value.order === 0) return err<ImportError>({ kind: "noPeople", file });
  const c = graphToDocument(graph.value, options);
  return ok<ImportedMap>({ format, file, ...c });
}

export function parseGexf(file: string, text: string, options: GraphImportOptions): Result<ImportedMap, ImportError> {
  return toImported(file, "gexf", gexfToGraph(file, text, options.domParser), options);
}

export function parseGraphml(
  file: string,
  text: string,
  options: GraphImportOptions,
): Result<ImportedMap, ImportError> {
  return toImported(file, "graphml", graphmlToGraph(file, text, options.domParser), options);
}

export function parseGraphologyJson(
  file: string,
  text: string,
  options: GraphToDocumentOptions = {},
): Result<ImportedMap, ImportError> {
  return toImported(file, "graphologyJson", graphologyJsonToGraph(file, text), options);
}
