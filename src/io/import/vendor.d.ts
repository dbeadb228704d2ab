// Types for the parser factories inside graphology-gexf / graphology-graphml. Their package
// entry points bind a DOMParser (browser global or a bundled xmldom 0.8); the factories let us
// inject one instead, which keeps src/io free of DOM globals and works in workers and Node.
declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, Attributes, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor<Attributes, Attributes, Attributes>,
    source: unknown,
    options?: Record<string, unknown>,
  ) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
declare module "graphology-graphml/common/parser.js" {
  import type { AbstractGraph, Attributes, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor<Attributes, Attributes, Attributes>,
    source: unknown,
    options?: Record<string, unknown>,
  ) => AbstractGraph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  const write: (graph: AbstractGraph, options?: GexfWriterOptions) => string;
  export default write;
}
