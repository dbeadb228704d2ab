// What the insights panel lists besides the scores: the closed circles and the suggestions.
// Both read the whole document (on a 30,000-person import, ~40 and ~60 ms), so the metrics
// worker computes them with each analysis, from the same document and ego analysis, and the
// main thread only renders them (src/workers/handleCompute.ts; the panel computes them itself
// only when a report arrives without them).
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import type { MapDocument } from "../model";
import { redundantCircles, type Circle } from "./circles";
import { suggestionsFor, type Suggestion } from "./suggestions";

export interface MapInsights {
  /** Circles where (nearly) everyone knows everyone, largest first (redundantCircles). */
  readonly redundant: readonly Circle[];
  /** Every suggestion in display order (suggestionsFor). */
  readonly suggestions: readonly Suggestion[];
}

export function mapInsightsOf(doc: MapDocument, ego: EgoAnalysis): MapInsights {
  return { redundant: redundantCircles(doc), suggestions: suggestionsFor(doc, ego) };
}
