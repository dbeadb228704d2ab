// What a what-if change means, in words, instead of a red or green sign. Novelty and bandwidth
// pull in opposite directions (Aral & Van Alstyne 2011, "The diversity–bandwidth trade-off",
// AJS 117(1):90–171): a contact in a new circle adds a source of news you would not hear
// otherwise (diversity ↑) but, reached through one weaker tie, lowers the average chance that
// news from your circles gets through ("news heard", §N5: reach = mean over circles). Introducing
// two contacts lowers your bridging (they no longer need you) while their circles gain a link.
import type { EgoAnalysis } from "../metrics/egoAnalysis";
import type { ScoreChange } from "./whatIf";

export type ReadingKey =
  | "whatIf.reading.newCircle"
  | "whatIf.reading.newCircleReachDown"
  | "whatIf.reading.reachUp"
  | "whatIf.reading.reachDown"
  | "whatIf.reading.diversityUp"
  | "whatIf.reading.diversityDown"
  | "whatIf.reading.bridgingUp"
  | "whatIf.reading.bridgingDown";

export interface Reading {
  readonly key: ReadingKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Changes smaller than this (in shown units, one decimal) are not worth a sentence. */
const NOISE = 0.05;

function signed(x: number): string {
  const s = Math.abs(x).toFixed(1);
  return x > 0 ? `+${s}` : `−${s}`;
}

function deltaOf(changes: readonly ScoreChange[], key: ScoreChange["key"]): number | null {
  const d = changes.find((c) => c.key === key)?.delta ?? null;
  return d === null || Math.abs(d) < NOISE ? null : d;
}

/** The sentences that say what the planned items would do, trade-offs named as such. */
export function whatIfReadings(real: EgoAnalysis, planned: EgoAnalysis, changes: readonly ScoreChange[]): Reading[] {
  const out: Reading[] = [];
  const circlesBefore = real.summary.n_groups;
  const circlesAfter = planned.summary.n_groups;
  const reach = deltaOf(changes, "reach");
  const diversity = deltaOf(changes, "diversity_score");
  const bridging = deltaOf(changes, "bridging_score");
  if (circlesAfter > circlesBefore) {
    out.push(
      reach !== null && reach < 0
        ? {
            key: "whatIf.reading.newCircleReachDown",
            params: { before: circlesBefore, after: circlesAfter, delta: signed(reach) },
          }
        : { key: "whatIf.reading.newCircle", params: { before: circlesBefore, after: circlesAfter } },
    );
  } else if (reach !== null) {
    out.push({
      key: reach > 0 ? "whatIf.reading.reachUp" : "whatIf.reading.reachDown",
      params: { delta: signed(reach) },
    });
  }
  if (diversity !== null) {
    out.push({
      key: diversity > 0 ? "whatIf.reading.diversityUp" : "whatIf.reading.diversityDown",
      params: { delta: signed(diversity) },
    });
  }
  if (bridging !== null) {
    out.push({
      key: bridging > 0 ? "whatIf.reading.bridgingUp" : "whatIf.reading.bridgingDown",
      params: { delta: signed(bridging) },
    });
  }
  return out;
}
