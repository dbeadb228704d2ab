// Ego analysis of one person's network (metrics-spec §D1, §N, §S): per-alter information
// potential, the ego summary (bridging and diversity scores with Burt's companions computed on
// the ego network, §H6) and, optionally, the Monte-Carlo marginal reach (§N5). Field names are
// those of shared/fixtures (`ego_analysis[<ego>]`).
import type { AbstractGraph } from "graphology-types";
import { diffusionOfNetwork, DIFFUSION_DEFAULTS, type DiffusionResult } from "./diffusion";
import { computeEgoBetweenness } from "./egoBetweenness";
import { egoGraph } from "./egoGraph";
import { buildEgoNetwork, assertEgo } from "./egoNetwork";
import { summarizeEgo, type BurtCompanions, type EgoSummary } from "./egoSummary";
import { MetricsInputError } from "./errors";
import { explainAlters, type AlterExplanation } from "./explain";
import { groupsOfNetwork } from "./groups";
import { informationOfNetwork, type AlterInformation } from "./informationPotential";
import { isPreprocessed, preprocess } from "./preprocess";
import { computeConstraint, computeEffectiveSize, computeHierarchy } from "./structuralHoles";

export interface EgoAnalysisOptions {
  /** Run the diffusion simulation (default true). */
  readonly diffusion?: boolean;
  /** Monte-Carlo draws (default 20 000). */
  readonly diffusionSamples?: number;
  /** PRNG seed of the simulation (default 1). */
  readonly seed?: number;
}

export interface EgoAnalysis {
  readonly ego: string;
  readonly alters: string[];
  readonly per_alter: Record<string, AlterInformation>;
  readonly summary: EgoSummary;
  /** Data for the UI's sentence about each alter's score (not part of the fixtures). */
  readonly explanations: Record<string, AlterExplanation>;
  readonly diffusion?: DiffusionResult;
}

/** Ego-network (§H6) Burt measures and ego betweenness of `ego`, from the structural engine. */
export function egoBurtCompanions(graph: AbstractGraph, ego: string): BurtCompanions {
  const local = egoGraph(graph, ego);
  const pick = (scores: Record<string, number | null>): number | null => scores[ego] ?? null;
  return {
    effective_size: pick(computeEffectiveSize(local, { weighted: false })),
    constraint: pick(computeConstraint(local, { weighted: false })),
    hierarchy: pick(computeHierarchy(local, { weighted: false })),
    effective_size_weighted: pick(computeEffectiveSize(local, { weighted: true })),
    constraint_weighted: pick(computeConstraint(local, { weighted: true })),
    ego_betweenness: computeEgoBetweenness(local)[ego] ?? 0,
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
  const perAlter = informationOfNetwork(net, groups);
  const summary = summarizeEgo(net, groups, perAlter, egoBurtCompanions(clean, egoId));
  const result: EgoAnalysis = {
    ego: egoId,
    alters: [...net.alters],
    per_alter: perAlter,
    summary,
    explanations: explainAlters(perAlter, groups),
  };
  if (options.diffusion === false) return result;
  return { ...result, diffusion: diffusionOfNetwork(net, groups, samples, seed) };
}
