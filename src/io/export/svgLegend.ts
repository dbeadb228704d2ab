// English legend texts for an SVG written outside the app (CLI, tests). The app translates the
// same legend table (src/scene/legend.ts) with its i18n resources instead, so a Japanese export
// never carries these.
import type { LegendEntry } from "../../scene/legend";

const SPHERE = { family: "Family", work: "Work", third: "Third place" } as const;
const BAND = { strong: "Strong tie", weak: "Weak tie", very_weak: "Very weak tie", unknown: "Not rated" } as const;
const SIZE = {
  information_potential: "Size = information potential",
  marginal_reach: "Size = marginal reach",
  betweenness: "Size = betweenness",
  uniform: "All the same size",
} as const;

export function englishLegendText(entry: LegendEntry): string {
  const t = entry.text;
  switch (t.key) {
    case "you":
      return "You";
    case "planned":
      return "Planned (what-if)";
    case "outline":
      return "Shaded outline = community";
    case "plannedEdge":
      return "Planned tie";
    case "localBridge":
      return "Local bridge (no mutual contacts)";
    case "sphere":
      return SPHERE[t.sphere];
    case "band":
      return BAND[t.band];
    case "cluster":
      return `Cluster ${t.n}`;
    case "size":
      return SIZE[t.sizeBy];
    case "community":
      return t.name;
  }
}
