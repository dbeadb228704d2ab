// Node sizes of the render graph: a person's score under the chosen "size by", on one square-root
// scale for everyone (built once per report, ego and score, and reused by each restyle and edit).
import { scaleSqrt } from "d3-scale";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import { getOwn, type PersonId } from "../domain/model";
import type { ViewSettings } from "../store/viewSlice";
import { EGO_SIZE, DEFAULT_SIZE, SIZE_RANGE, sizeValues } from "./encodings";

const scoresByReport = new WeakMap<object, Map<string, ReturnType<typeof sizeValues>>>();

/** sizeValues, once per report, ego and score (a restyle or an edit reuses them). Read only. */
export function scoresOf(
  report: AnalysisReport | EgoReport | null,
  egoId: PersonId,
  sizeBy: ViewSettings["sizeBy"],
): ReturnType<typeof sizeValues> {
  if (!report) return sizeValues(report, egoId, sizeBy);
  let byKey = scoresByReport.get(report);
  if (!byKey) {
    byKey = new Map();
    scoresByReport.set(report, byKey);
  }
  const key = `${sizeBy}|${egoId}`;
  if (!byKey.has(key)) byKey.set(key, sizeValues(report, egoId, sizeBy));
  return byKey.get(key) ?? null;
}

/**
 * nodeSize (scene/styles.ts) with its scale built once for all people instead of once per person
 * (on a 30,000-person map that was a third of a restyle); the same sizes, number for number.
 */
export function nodeSizer(scored: ReturnType<typeof sizeValues>): (id: PersonId, isEgo: boolean) => number {
  const scale = scored ? scaleSqrt().domain([0, scored.max]).range(SIZE_RANGE).clamp(true) : null;
  return (id, isEgo) => {
    if (isEgo) return EGO_SIZE;
    if (!scored || !scale) return DEFAULT_SIZE;
    const v = getOwn(scored.values, id);
    return v === undefined ? SIZE_RANGE[0] : scale(v);
  };
}
