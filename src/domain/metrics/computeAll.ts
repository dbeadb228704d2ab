// Every metric of one map in one report (metrics-spec §P, §C–§D, §H, §L, §N, §S): the graph is
// preprocessed once (§P), the structural analysis is shared by the graph, node and edge
// aggregators, and the ego analysis is added when an ego is named. Field names follow
// shared/fixtures so a report can be compared with the reference values directly.
import type { AbstractGraph } from "graphology-types";
import { analyzeStructure, type StructuralAnalysis } from "./analysis";
import { computeAttributeMetrics } from "./attributeMetrics";
import { computeEdgeMetrics } from "./edgeMetrics";
import { computeEgoAnalysis, type EgoAnalysis, type EgoAnalysisOptions } from "./egoAnalysis";
import { assertEgo } from "./egoNetwork";
import { MetricsInputError } from "./errors";
import { DEFAULTS } from "./defaults";
import { computeGraphMetrics } from "./graphMetrics";
import { louvainInput, louvainResultOf, type LouvainInput } from "./louvain";
import type { Membership } from "./modularity";
import { computeNodeMetrics } from "./nodeMetrics";
import { isPreprocessed, preprocess } from "./preprocess";
import type { AttributeMetrics, EdgeMetrics, GraphMetrics, NodeMetrics } from "./types";
import type { TieKnowledge } from "./tieKnowledge";
import type { PathSweep } from "./paths";
import { assertGraph } from "./validate";

export interface ComputeAllOptions {
  /** The ego whose analysis is added (`ego_analysis`); none → omitted. */
  readonly egoId?: string | null;
  /** Categorical node attribute for attribute_metrics (arrays count by their first element). */
  readonly attribute?: string;
  /** Number of possible categories of `attribute` (null = open label set). */
  readonly K?: number | null;
  /** Named partitions whose modularity graph_metrics reports. */
  readonly partitions?: Readonly<Record<string, Membership>>;
  /** Compute `*_weighted` fields; default: whether any edge carries a numeric weight. */
  readonly weighted?: boolean;
  readonly diffusion?: boolean;
  readonly diffusionSamples?: number;
  /** Seed of every randomised step (Louvain, diffusion). */
  readonly seed?: number;
  /** What is on record about pairs of contacts (tieKnowledgeOf(doc)); default: the graph is complete. */
  readonly tieKnowledge?: TieKnowledge;
}

/** The ego analysis alone (what-if compares only ego-level scores). */
export interface EgoReport {
  readonly ego_analysis?: Record<string, EgoAnalysis>;
}

export interface AnalysisReport extends EgoReport {
  readonly graph_metrics: GraphMetrics;
  readonly node_metrics: Record<string, NodeMetrics>;
  readonly edge_metrics: EdgeMetrics[];
  readonly attribute_metrics: AttributeMetrics;
}

/** Default attribute on our own maps: each person's first community label (§D3). */
export const DEFAULT_ATTRIBUTE = "communities";

interface Prepared {
  readonly clean: AbstractGraph;
  readonly egoId: string | null;
  readonly analysis: StructuralAnalysis;
}

function prepare(graph: AbstractGraph, options: ComputeAllOptions, fn: string): Prepared {
  assertGraph(graph, fn);
  const egoId = options.egoId ?? null;
  if (egoId !== null) assertEgo(graph, egoId, fn);
  if (options.attribute !== undefined && (typeof options.attribute !== "string" || options.attribute === "")) {
    throw new MetricsInputError(`${fn}: attribute must be a non-empty string.`);
  }
  // A graph that is already clean (documentToGraph's) is used as it is: no copy (§P). buildCsr
  // makes that check (every edge's weight) and the copy, and keeps the graph it read: checked
  // once, not here and again there (15 ms of a 1,000/5,000 run).
  const analysis = analyzeStructure(graph, options.weighted === undefined ? {} : { weighted: options.weighted }, fn);
  return { clean: analysis.csr.graph, egoId, analysis };
}

/** The parts of the report that need no shortest paths (Louvain, bridges, Burt, spans). */
interface PathFree {
  readonly graph_metrics: GraphMetrics;
  readonly attribute_metrics: AttributeMetrics;
}

const attributesOf = ({ clean, analysis }: Prepared, options: ComputeAllOptions): AttributeMetrics =>
  computeAttributeMetrics(clean, options.attribute ?? DEFAULT_ATTRIBUTE, options.K ?? null, analysis.csr);

function pathFree(
  prepared: Prepared,
  options: ComputeAllOptions,
  louvain?: GraphMetrics["louvain"],
  attributeMetrics: AttributeMetrics = attributesOf(prepared, options),
): PathFree {
  const { clean, analysis } = prepared;
  return {
    graph_metrics: computeGraphMetrics(clean, {
      analysis,
      ...(options.partitions ? { partitions: options.partitions } : {}),
      ...(options.seed !== undefined ? { louvainSeed: options.seed } : {}),
      ...(louvain ? { louvain } : {}),
    }),
    attribute_metrics: attributeMetrics,
  };
}

function finish(prepared: Prepared, options: ComputeAllOptions, free = pathFree(prepared, options)): AnalysisReport {
  const { clean, egoId, analysis } = prepared;
  const report: AnalysisReport = {
    graph_metrics: free.graph_metrics,
    node_metrics: computeNodeMetrics(clean, { analysis }),
    edge_metrics: computeEdgeMetrics(clean, { analysis }),
    attribute_metrics: free.attribute_metrics,
  };
  if (egoId === null) return report;
  const ego = computeEgoAnalysis(clean, egoId, { ...egoOptions(options), analysis });
  return { ...report, ego_analysis: { [egoId]: ego } };
}

export function computeAll(graph: AbstractGraph, options: ComputeAllOptions = {}): AnalysisReport {
  return finish(prepare(graph, options, "computeAll"), options);
}

/**
 * Runs a Louvain partition somewhere else (another thread): each node's community; null when it
 * would not pay (no worker started, a small graph), and this thread partitions as computeAll does.
 */
export type LouvainOffload = (input: LouvainInput) => Promise<Int32Array> | null;

/**
 * computeAll with the shortest-path sweep done by `sweep` (e.g. a pool of threads, see
 * src/workers/pathsPool.ts) and, given `louvain`, the two Louvain partitions too; the report is
 * the same, number for number. While the other threads run, this thread computes what needs no
 * shortest paths: the attribute metrics, Burt's kernel, bridges and spans, then the graph metrics
 * (a pool whose host computes too gives this thread its ranges only after that).
 */
export async function computeAllWith(
  graph: AbstractGraph,
  options: ComputeAllOptions,
  sweep: PathSweep,
  louvain?: LouvainOffload,
): Promise<AnalysisReport> {
  const prepared = prepare(graph, options, "computeAll");
  const { analysis } = prepared;
  const { csr } = analysis;
  const seed = options.seed ?? DEFAULTS.louvainSeed;
  const partition = (weighted: boolean): Promise<Int32Array> | null =>
    louvain && csr.m > 0 && (!weighted || analysis.weighted)
      ? louvain(louvainInput(csr, weighted, seed, DEFAULTS.resolution))
      : null;
  // Both partitions first: a worker takes them before its share of the sweep.
  const unweighted = partition(false);
  const weighted = partition(true);
  const paths = sweep(csr);
  // What needs neither paths nor partitions, while the worker partitions.
  void analysis.burt;
  void analysis.bridges;
  void analysis.span;
  if (analysis.weighted) void analysis.burtWeighted;
  const attributes = attributesOf(prepared, options);
  const resultOf = async (job: Promise<Int32Array>, w: boolean) =>
    louvainResultOf(csr, await job, w, DEFAULTS.resolution);
  const partitions = unweighted
    ? {
        unweighted: await resultOf(unweighted, false),
        ...(weighted ? { weighted: await resultOf(weighted, true) } : {}),
      }
    : undefined;
  const free = pathFree(prepared, options, partitions, attributes);
  prepared.analysis.providePaths(await paths);
  return finish(prepared, options, free);
}

function egoOptions(options: ComputeAllOptions): EgoAnalysisOptions {
  return {
    ...(options.diffusion !== undefined ? { diffusion: options.diffusion } : {}),
    ...(options.diffusionSamples !== undefined ? { diffusionSamples: options.diffusionSamples } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.tieKnowledge !== undefined ? { tieKnowledge: options.tieKnowledge } : {}),
  };
}

/**
 * Only `ego_analysis` of computeAll, with the same numbers: the ego's network, its per-alter
 * terms, diffusion and Burt's companions (one structural pass, no all-pairs shortest paths, no
 * graph, node, edge or attribute aggregates). Without an ego the report is empty.
 */
export function computeEgoReport(graph: AbstractGraph, options: ComputeAllOptions = {}): EgoReport {
  const fn = "computeEgoReport";
  assertGraph(graph, fn);
  const egoId = options.egoId ?? null;
  if (egoId === null) return {};
  assertEgo(graph, egoId, fn);
  const clean = isPreprocessed(graph, fn) ? graph : preprocess(graph);
  return { ego_analysis: { [egoId]: computeEgoAnalysis(clean, egoId, egoOptions(options)) } };
}
