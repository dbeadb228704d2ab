// Document → the render graph sigma draws (pure; tested in Node). Encodings live here as
// attributes (see encodings.ts): position from the chosen layout, size by a chosen score,
// colour by sphere / community / detected cluster, edge width by tie strength with a dash
// pattern per band, local bridges emphasised, planned (what-if) items drawn as planned.
// eachRenderNode / eachRenderEdge compute the attributes once; buildRenderGraph makes a graph of
// them, patchRenderGraph (renderPatch.ts) writes them onto the live one. Which people and ties
// are drawn, and their base attributes (planned, strength, communities), come from
// documentToGraph (planned items and details included), the one document → graph conversion.
import Graph from "../domain/graph/graphology";
import { patchDocumentGraph } from "../domain/graph/patchGraph";
import { documentToGraph, documentToGraphSteps, type DocumentGraph } from "../domain/graph/toGraph";
import type { AnalysisReport, EgoReport } from "../domain/metrics/computeAll";
import { getOwn, tieBand, type MapDocument, type PersonId, type Position, type TieBand } from "../domain/model";
import { EGO_COLOR, SPHERE_COLORS } from "./colors";
import {
  BAND_STYLE,
  clusterColor,
  clusterOf,
  communityColors,
  edgeStructure,
  edgeWidth,
  LOCAL_BRIDGE_COLOR,
  PLANNED_ALPHA,
  PLANNED_STYLE,
  withAlpha,
} from "./encodings";
import { DEFAULT_VIEW, type ViewSettings } from "../store/viewSlice";
import { egoRingsLayout } from "./layouts/egoRings";
import { nodeSizer, scoresOf } from "./nodeSizes";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  isEgo: boolean;
  sphere: string;
  /** First community id ("" when none): community outlines are drawn from it. */
  community: string;
  planned: boolean;
  hidden?: boolean;
  /** Kept in place by the clusters layout (the user placed this person). */
  fixed?: boolean;
}
export interface RenderEdge {
  size: number;
  color: string;
  strength: number | null;
  band: TieBand;
  isEgoTie: boolean;
  planned: boolean;
  /** Dash period in screen pixels (0 = solid) and drawn share (programs/dashedEdge.ts). */
  dash: number;
  dashRatio: number;
  isBridge: boolean;
  isLocalBridge: boolean;
  /** Hops between the ends without this tie; null = ∞ or not computed yet. */
  span: number | null;
  embeddedness: number | null;
  hidden?: boolean;
}

/**
 * Above this many people the lines from the ego to every contact are not drawn: on a 30,000-person
 * LinkedIn map they are a solid disc that hides the ties between contacts and costs seconds of
 * rasterisation; the rings already say who is a contact.
 */
export const BIG_MAP_PEOPLE = 2000;

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export interface RenderOptions {
  /** Real analysis (sizes, clusters, bridges). */
  readonly report?: AnalysisReport | null;
  /** What-if ego analysis (planned items included): sizes of planned people. */
  readonly plannedReport?: EgoReport | null;
  readonly view?: Partial<ViewSettings>;
  /** Positions of the current layout; default: saved positions, else ego rings. */
  readonly positions?: Readonly<Record<string, Position>>;
}

export function nodePositions(doc: MapDocument): Record<PersonId, Position> {
  const missing = Object.keys(doc.people).some((id) => !getOwn(doc.positions, id as PersonId));
  return missing ? { ...egoRingsLayout(doc), ...doc.positions } : { ...doc.positions };
}

const ORIGIN: Position = { x: 0, y: 0 };

let lastBase: { readonly doc: MapDocument; readonly graph: DocumentGraph } | null = null;

const BASE_OPTIONS = { includePlanned: true, details: true } as const;

/**
 * documentToGraph of `doc` with planned items and details, built once per document: the patch
 * that draws an edit and the one that restyles it with the new metrics share it. An edit is
 * written onto the previous revision's graph (patchDocumentGraph), so the graph is valid only
 * until the next revision is asked for. Read only.
 */
export function renderBaseGraph(doc: MapDocument): DocumentGraph {
  if (lastBase?.doc === doc) return lastBase.graph;
  const previous = lastBase;
  // Dropped first: a patch that fails half way leaves a graph nobody may read.
  lastBase = null;
  const graph =
    previous && patchDocumentGraph(previous.graph, previous.doc, doc, BASE_OPTIONS)
      ? previous.graph
      : documentToGraph(doc, BASE_OPTIONS).graph;
  lastBase = { doc, graph };
  return graph;
}

/**
 * renderBaseGraph as steps (pausing every GRAPH_STEP people or ties) for a document that differs
 * from the last one in very many people: converted anew, not patched; afterwards renderBaseGraph
 * of `doc` returns it. Until the steps finish, renderBaseGraph of any revision behaves as if this
 * one was never asked for.
 */
export function* renderBaseGraphSteps(doc: MapDocument): Generator<void, DocumentGraph, void> {
  if (lastBase?.doc === doc) return lastBase.graph;
  const { graph } = yield* documentToGraphSteps(doc, BASE_OPTIONS);
  lastBase = { doc, graph };
  return graph;
}

/** People or ties visited between two pauses of the render steps. */
export const RENDER_STEP = 500;

/** Runs steps to the end, without pausing. */
export function drain<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Calls `visit` with the render attributes of every person of `doc`, in document order; a person
 * for whom `unchanged` (given their position) says true is passed over without computing them.
 */
export function eachRenderNode(
  doc: MapDocument,
  options: RenderOptions,
  visit: (id: PersonId, attrs: RenderNode) => void,
  unchanged?: (id: PersonId, pos: Position) => boolean,
): void {
  drain(renderNodeSteps(doc, options, visit, unchanged));
}

/** The base graph's entries of `keys` (those it has), in their order. */
function* entriesOf<T>(keys: readonly string[], has: (key: string) => boolean, entry: (key: string) => T) {
  for (const key of keys) if (has(key)) yield entry(key);
}

/**
 * eachRenderNode as steps: pauses after every RENDER_STEP people. Given `only`, visits just those
 * people (an edit's, renderDelta.ts), in that order.
 */
export function* renderNodeSteps(
  doc: MapDocument,
  options: RenderOptions,
  visit: (id: PersonId, attrs: RenderNode) => void,
  unchanged?: (id: PersonId, pos: Position) => boolean,
  only?: readonly PersonId[],
): Generator<void, void, void> {
  const view = { ...DEFAULT_VIEW, ...options.view };
  const report = options.report ?? null;
  const positions = options.positions ?? nodePositions(doc);
  const sizeOf = nodeSizer(scoresOf(report, doc.egoId, view.sizeBy));
  const plannedSizeOf = nodeSizer(scoresOf(options.plannedReport ?? null, doc.egoId, view.sizeBy));
  const byCommunity = view.colorBy === "community" ? communityColors(doc) : {};
  const clusters = view.colorBy === "cluster" ? clusterOf(report) : {};
  const base = renderBaseGraph(doc);
  const entries = only
    ? entriesOf(
        only,
        (id) => base.hasNode(id),
        (node) => ({ node, attributes: base.getNodeAttributes(node) }),
      )
    : base.nodeEntries();
  let n = 0;
  for (const { node: key, attributes: a } of entries) {
    if (++n % RENDER_STEP === 0) yield;
    const id = key as PersonId;
    const pos = getOwn(positions, id) ?? ORIGIN;
    if (unchanged?.(id, pos)) continue;
    const isEgo = id === doc.egoId;
    const first = a.community_ids?.[0];
    const sphere = a.sphere ?? "none";
    const planned = a.planned ?? false;
    const color =
      view.colorBy === "community"
        ? ((first ? getOwn(byCommunity, first) : undefined) ?? SPHERE_COLORS.none)
        : view.colorBy === "cluster"
          ? clusterColor(getOwn(clusters, id))
          : SPHERE_COLORS[sphere];
    const attrs: RenderNode = {
      x: pos.x,
      y: pos.y,
      size: (planned ? plannedSizeOf : sizeOf)(id, isEgo),
      color: isEgo ? EGO_COLOR : planned ? withAlpha(color, PLANNED_ALPHA) : color,
      label: a.label,
      isEgo,
      sphere,
      community: first ?? "",
      planned,
    };
    // Set after the literal, not spread into it: no temporary object per person.
    if (isEgo && view.withoutMe) attrs.hidden = true;
    visit(id, attrs);
  }
}

/** Whether eachRenderEdge leaves the ego's ties out of the drawing (BIG_MAP_PEOPLE). */
export function hidesEgoTies(doc: MapDocument): boolean {
  return renderBaseGraph(doc).order > BIG_MAP_PEOPLE;
}

/**
 * Calls `visit` with the ends and render attributes of every tie of `doc`, in document order
 * (passing over the ties for which `unchanged` says true).
 */
export function eachRenderEdge(
  doc: MapDocument,
  options: RenderOptions,
  visit: (id: string, a: PersonId, b: PersonId, attrs: RenderEdge) => void,
  unchanged?: (id: string, a: PersonId, b: PersonId) => boolean,
): void {
  drain(renderEdgeSteps(doc, options, visit, unchanged));
}

/**
 * eachRenderEdge as steps: pauses after every RENDER_STEP ties. Given `only` (keys of the base
 * graph's edges), visits just those ties.
 */
export function* renderEdgeSteps(
  doc: MapDocument,
  options: RenderOptions,
  visit: (id: string, a: PersonId, b: PersonId, attrs: RenderEdge) => void,
  unchanged?: (id: string, a: PersonId, b: PersonId) => boolean,
  only?: readonly string[],
): Generator<void, void, void> {
  const structure = edgeStructure(options.report ?? null);
  const graph = renderBaseGraph(doc);
  const hideEgoTies = graph.order > BIG_MAP_PEOPLE;
  const entries = only
    ? entriesOf(
        only,
        (key) => graph.hasEdge(key),
        (edge) => ({
          edge,
          attributes: graph.getEdgeAttributes(edge),
          source: graph.source(edge),
          target: graph.target(edge),
        }),
      )
    : graph.edgeEntries();
  let n = 0;
  for (const { edge: _key, attributes: t, source: a, target: b } of entries) {
    if (++n % RENDER_STEP === 0) yield;
    const id = t.tie ?? _key;
    if (unchanged?.(id, a as PersonId, b as PersonId)) continue;
    const s = t.strength ?? null;
    const band = tieBand(s);
    const planned =
      (t.planned ?? false) ||
      (graph.getNodeAttribute(a, "planned") ?? false) ||
      (graph.getNodeAttribute(b, "planned") ?? false);
    const st = structure.get(id);
    const style = planned ? PLANNED_STYLE : BAND_STYLE[band];
    const emphasised = !planned && (st?.isLocalBridge ?? false);
    const attrs: RenderEdge = {
      size: edgeWidth(s) + (emphasised ? 0.8 : 0) + (st?.isBridge ? 0.8 : 0),
      color: emphasised ? LOCAL_BRIDGE_COLOR : style.color,
      strength: s,
      band,
      isEgoTie: a === doc.egoId || b === doc.egoId,
      planned,
      dash: style.dash,
      dashRatio: style.dashRatio,
      isBridge: st?.isBridge ?? false,
      isLocalBridge: st?.isLocalBridge ?? false,
      span: st?.span ?? null,
      embeddedness: st?.embeddedness ?? null,
    };
    if (hideEgoTies && (a === doc.egoId || b === doc.egoId)) attrs.hidden = true;
    visit(id, a as PersonId, b as PersonId, attrs);
  }
}

/** A new render graph of `doc` (the first drawing; later revisions patch it, see renderPatch.ts). */
export function buildRenderGraph(doc: MapDocument, options: RenderOptions = {}): RenderGraph {
  const graph: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "undirected" });
  eachRenderNode(doc, options, (id, attrs) => graph.addNode(id, attrs));
  eachRenderEdge(doc, options, (id, a, b, attrs) => graph.addUndirectedEdgeWithKey(id, a, b, attrs));
  return graph;
}
