// GEXF 1.3 (gexf.net/schema) via graphology-gexf's writer, for Gephi: attributes from flatGraph,
// positions and sphere colours as viz elements so the map opens laid out and coloured.
import write from "graphology-gexf/common/writer.js";
import type { MapDocument, Position } from "../../domain/model";
import { flatGraph } from "./flatGraph";
import { SPHERE_COLOURS } from "./palette";

export function serializeGexf(doc: MapDocument, positions?: Readonly<Record<string, Position>>): string {
  const g = flatGraph(doc, positions);
  g.setAttribute("title", doc.title);
  return write(g, {
    version: "1.3",
    formatNode: (_key, a) => {
      const { label, x, y, ...attributes } = a;
      const colour = SPHERE_COLOURS[String(a.sphere) as keyof typeof SPHERE_COLOURS] ?? SPHERE_COLOURS.none;
      return {
        label: String(label),
        attributes,
        viz: {
          color: colour,
          size: a.role === "ego" ? 12 : 6,
          ...(typeof x === "number" && typeof y === "number" ? { x, y } : {}),
        },
      };
    },
    formatEdge: (_key, a) => {
      const { weight, ...attributes } = a;
      return { weight: Number(weight), attributes };
    },
  });
}
