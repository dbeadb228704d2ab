// What a new analysis changes in the drawing of a document already drawn with the last one (an
// edit's analysis landing, the same people and view): a person's size (by the chosen score) and,
// when coloured by cluster, colour; a tie's structure (bridge, local bridge, span, embeddedness).
// renderPatch.ts passes over whoever kept those, instead of computing and comparing the
// attributes of all 30,000 people and ties of a big map for the few whose scores moved.
import { getOwn, type PersonId } from "../domain/model";
import { DEFAULT_VIEW } from "../store/viewSlice";
import type { RenderOptions } from "./buildRenderGraph";
import { clusterOf, edgeStructure, type EdgeStructure } from "./encodings";
import { nodeSizer, scoresOf } from "./nodeSizes";

export interface ReportChange {
  /** Whether a person has the size and colour under the new analysis that they had under the old. */
  readonly nodeSame: (id: PersonId, isEgo: boolean) => boolean;
  /** Whether a tie has the same structure under both analyses. */
  readonly edgeSame: (id: string) => boolean;
}

const sameStructure = (a: EdgeStructure | undefined, b: EdgeStructure | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.isBridge === b.isBridge &&
    a.isLocalBridge === b.isLocalBridge &&
    Object.is(a.span, b.span) &&
    Object.is(a.embeddedness, b.embeddedness));

/**
 * The change from the analysis of `before` to that of `after`, for options that differ in their
 * report only (the caller checks the rest: the same document, view and what-if analysis).
 */
export function reportChange(before: RenderOptions, after: RenderOptions, egoId: PersonId): ReportChange {
  const view = { ...DEFAULT_VIEW, ...after.view };
  const oldReport = before.report ?? null;
  const newReport = after.report ?? null;
  const oldScores = scoresOf(oldReport, egoId, view.sizeBy);
  const newScores = scoresOf(newReport, egoId, view.sizeBy);
  const oldSize = nodeSizer(oldScores);
  const newSize = nodeSizer(newScores);
  // A size is a function of the score and the scale's top: with the same top, the same score.
  const sameScale = oldScores !== null && newScores !== null && oldScores.max === newScores.max;
  const sameSize = (id: PersonId, isEgo: boolean): boolean =>
    isEgo ||
    (sameScale
      ? getOwn(oldScores.values, id) === getOwn(newScores.values, id)
      : oldSize(id, isEgo) === newSize(id, isEgo));
  const clusters = view.colorBy === "cluster" ? [clusterOf(oldReport), clusterOf(newReport)] : null;
  const oldStructure = edgeStructure(oldReport);
  const newStructure = edgeStructure(newReport);
  return {
    nodeSame: (id, isEgo) =>
      sameSize(id, isEgo) && (clusters === null || getOwn(clusters[0] ?? {}, id) === getOwn(clusters[1] ?? {}, id)),
    edgeSame: (id) => sameStructure(oldStructure.get(id), newStructure.get(id)),
  };
}
