// What the last patch of a render graph was computed from (renderPatch.ts): a patch whose inputs
// are those of the last one, but for the document or the analysis, computes only what that changed.
import type { MapDocument } from "../domain/model";
import { hidesEgoTies, type RenderGraph, type RenderOptions } from "./buildRenderGraph";
import { graphVersion } from "./graphVersion";

/** What the last patch of a graph was computed from (the shortcut below). */
export interface Written {
  readonly doc: MapDocument;
  readonly options: RenderOptions;
  readonly hideEgoTies: boolean;
  /** Whether it kept the drawn positions (an animation moves the nodes to their targets). */
  readonly kept: boolean;
  /** The graph's change count right after that patch: any other writer since invalidates it. */
  readonly version: number;
}

export const written = new WeakMap<RenderGraph, Written>();
/**
 * Whether the attributes of a person or tie whose own records did not change (===, the document
 * is immutable) are the ones the last patch wrote: the same analysis, view and communities, and
 * nothing but the patch wrote to the graph since.
 */
export function sameInputs(graph: RenderGraph, doc: MapDocument, options: RenderOptions): Written | null {
  const last = written.get(graph);
  if (!last || last.version !== graphVersion(graph)) return null;
  const a = last.options;
  const va = a.view ?? {};
  const vb = options.view ?? {};
  const same =
    (a.report ?? null) === (options.report ?? null) &&
    (a.plannedReport ?? null) === (options.plannedReport ?? null) &&
    va.sizeBy === vb.sizeBy &&
    va.colorBy === vb.colorBy &&
    va.withoutMe === vb.withoutMe &&
    last.doc.egoId === doc.egoId &&
    last.doc.communities === doc.communities &&
    last.hideEgoTies === hidesEgoTies(doc);
  return same ? last : null;
}

/**
 * The last patch's record when this one differs from it by its analysis only: the same document
 * (===), view and what-if analysis, and nothing but the patch wrote to the graph since. The graph
 * then holds exactly the document's people and ties, drawn with the old analysis.
 */
export function newAnalysisOnly(graph: RenderGraph, doc: MapDocument, options: RenderOptions): Written | null {
  const last = written.get(graph);
  if (!last || last.version !== graphVersion(graph) || last.doc !== doc) return null;
  const a = last.options;
  const va = a.view ?? {};
  const vb = options.view ?? {};
  const same =
    (a.report ?? null) !== (options.report ?? null) &&
    (a.plannedReport ?? null) === (options.plannedReport ?? null) &&
    va.sizeBy === vb.sizeBy &&
    va.colorBy === vb.colorBy &&
    va.withoutMe === vb.withoutMe;
  return same ? last : null;
}
