// Types for the parser factories inside graphology-gexf / graphology-graphml. Their package
// entry points bind a DOMParser (browser global or a bundled xmldom 0.8); the factories let us
// inject one instead, which keeps src/io free of DOM globals and works in workers and Node.
// (No top-level import: the factory type below is global, shared by both module declarations,
// and a global type can name other modules' types only through import().)
/* eslint-disable @typescript-eslint/consistent-type-imports */
type GraphologyXmlParserFactory = (
  DOMParser: unknown,
  Document: unknown,
) => (
  Graph: import("graphology-types").GraphConstructor<
    import("graphology-types").Attributes,
    import("graphology-types").Attributes,
    import("graphology-types").Attributes
  >,
  source: unknown,
  options?: Record<string, unknown>,
) => import("graphology-types").AbstractGraph;
/* eslint-enable @typescript-eslint/consistent-type-imports */
declare module "graphology-gexf/common/parser.js" {
  const createParserFunction: GraphologyXmlParserFactory;
  export default createParserFunction;
}
declare module "graphology-graphml/common/parser.js" {
  const createParserFunction: GraphologyXmlParserFactory;
  export default createParserFunction;
}
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  const write: (graph: AbstractGraph, options?: GexfWriterOptions) => string;
  export default write;
}
