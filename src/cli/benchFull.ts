// Bench suites for the whole engine as the app runs it: computeAll with the ego analysis
// (information potential, groups, ego-network Burt measures, summary), without and with the
// Monte-Carlo diffusion at the app's 20,000 draws. Random graphs have no ego, so there the
// structural suite already is the full suite.
import { computeAll } from "../domain/metrics/computeAll";
import type { BenchSuite } from "./bench";

export const FULL_SUITE: BenchSuite = {
  label: "full suite incl. ego analysis, no diffusion",
  appliesTo: (g) => g.egoId !== undefined,
  run: (g) => computeAll(g.graph, { egoId: g.egoId ?? null, diffusion: false, seed: 1 }),
};

export const FULL_WITH_DIFFUSION_SUITE: BenchSuite = {
  label: "full suite + diffusion (20,000 draws)",
  appliesTo: (g) => g.egoId !== undefined,
  run: (g) => computeAll(g.graph, { egoId: g.egoId ?? null, diffusion: true, diffusionSamples: 20_000, seed: 1 }),
};
