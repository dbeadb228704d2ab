// Ego analysis of one person's network (metrics-spec §D1, §N, §S): per-alter information
// potential, the ego summary (bridging and diversity scores with Burt's companions computed on
// the ego network, §H6) and, optionally, the Monte-Carlo marginal reach (§N5). Field names are
// those of shared/fixtures (`ego_analysis[<ego>]`). Burt's companions are read from the
// structural analysis (its ego-network forms), shared with node_metrics when computeAll runs.
import type { AbstractGraph } from "graphology-types";
import { diffusionOfNetwork, DIFFUSION_DEFAULTS, type DiffusionResult } from "./diffusion";
import { analyzeStructure, type StructuralAnalysis } from "./analysis";
import { buildEgoNetwork, assertEgo } from "./egoNetwork";
import { summarizeEgo, type BurtCompanions, type EgoSummary } from "./egoSummary";
import { MetricsInputError } from "./errors";
import { egoBrokerageOf, type EgoBrokerage } from "./egoBrokerage";
import { explainAlters, type AlterExplanation } from "./explain";
import { groupsOfNetwork } from "./groups";
import { informationOfNetwork, type AlterInformation } from "./informationPotential";
import { isPreprocessed, preprocess } from "./preprocess";
import { hierarchyOf } from "./structuralHoles";
import { COMPLETE_RECORD, pairKnowledgeOf, type TieKnowledge } from "./tieKnowledge";

export interface EgoAnalysisOptions {
  /** Run the diffusion simulation (default true). */
  readonly diffusion?: boolean;
  /** Monte-Carlo draws (default 20 000). */
  readonly diffusionSamples?: number;
  /** PRNG seed of the simulation (default 1). */
  readonly seed?: number;
  /** Structural analysis of the same (preprocessed) graph, e.g. computeAll's; built when absent. */
  readonly analysis?: StructuralAnalysis;
  /** What is on record about the alter pairs (default: the graph is the full record). */
  readonly tieKnowledge?: TieKnowledge;
}

export interface EgoAnalysis {
  readonly ego: string;
  readonly alters: string[];
  readonly per_alter: Record<string, AlterInformation>;
  readonly summary: EgoSummary;
  /** Data for the UI's sentence about each alter's score (not part of the fixtures). */
  readonly explanations: Record<string, AlterExplanation>;
  readonly diffusion?: DiffusionResult;
  /** The ego's brokerage roles between its circles (§C8 for the ego; not part of the fixtures). */
  readonly brokerage: EgoBrokerage;
}

/**
 * Ego-network (§H6) Burt measures and ego betweenness of `ego`, read from the structural
 * analysis: constraint and effective size in their ego-network forms (NetworkX on ego_graph),
 * hierarchy from the ego-network local constraints; ego betweenness is computed on the ego
 * network by definition (§C4). No subgraph is built.
 */
export function burtCompanionsOf(analysis: StructuralAnalysis, ego: string): BurtCompanions {
  const v = analysis.csr.index.get(ego);
  if (v === undefined) throw new MetricsInputError(`burtCompanionsOf: the ego "${ego}" is not in the analysis.`);
  const burt = analysis.burt;
  const weighted = analysis.burtWeighted;
  const start = analysis.csr.offsets[v]!;
  const end = analysis.csr.offsets[v + 1]!;
  const constraint = burt.constraintEgo[v] ?? null;
  return {
    effective_size: burt.effectiveSizeEgo[v] ?? null,
    constraint,
    hierarchy: constraint === null ? null : hierarchyOf(burt.arrays.localConstraintEgo, start, end, constraint),
    effective_size_weighted: weighted.effectiveSizeEgo[v] ?? null,
    constraint_weighted: weighted.constraintEgo[v] ?? null,
    ego_betweenness: analysis.egoBetweennessOf(v),
  };
}

/** The full ego analysis of `egoId` (§N, §S, optional §N5). */
export function computeEgoAnalysis(graph: AbstractGraph, egoId: string, options: EgoAnalysisOptions = {}): EgoAnalysis {
  const fn = "computeEgoAnalysis";
  assertEgo(graph, egoId, fn);
  const samples = options.diffusionSamples ?? DIFFUSION_DEFAULTS.samples;
  const seed = options.seed ?? DIFFUSION_DEFAULTS.seed;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new MetricsInputError(`${fn}: diffusionSamples must be a positive integer, got ${String(samples)}.`);
  }
  if (!Number.isFinite(seed)) throw new MetricsInputError(`${fn}: seed must be a finite number.`);
  const clean = isPreprocessed(graph, fn) ? graph : preprocess(graph);
  const net = buildEgoNetwork(clean, egoId, fn);
  const groups = groupsOfNetwork(net);
  const pairs = pairKnowledgeOf(net, options.tieKnowledge ?? COMPLETE_RECORD);
  const perAlter = informationOfNetwork(net, groups, undefined, pairs.alterShare);
  const analysis = options.analysis ?? analyzeStructure(clean, {}, fn);
  const summary = summarizeEgo(net, groups, perAlter, burtCompanionsOf(analysis, egoId), pairs);
  const result: EgoAnalysis = {
    ego: egoId,
    alters: [...net.alters],
    per_alter: perAlter,
    summary,
    explanations: explainAlters(perAlter, groups),
    brokerage: egoBrokerageOf(net, groups, clean.getNodeAttributes(egoId)),
  };
  if (options.diffusion === false) return result;
  return { ...result, diffusion: diffusionOfNetwork(net, groups, samples, seed) };
}
