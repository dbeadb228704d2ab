// Measures the adaptive census (issue 12): on generated 25-contact maps, how many answers until
// the top-3 sources and both scores equal the fully answered census and stay so, for the
// adaptive order, the earlier close-contacts-first order and a random order. The per-step
// scores come from the metrics engine itself (computeEgoReport).
// Run: npx tsx scripts/census-sim.ts [maps=30] [contacts=25]
import { documentToGraph } from "../src/domain/graph/toGraph";
import { computeEgoReport } from "../src/domain/metrics/computeAll";
import { generateMap, simulateCensus, type CensusOrder, type Snapshot } from "../src/domain/census/simulate";
import type { MapDocument } from "../src/domain/model";

function engine(doc: MapDocument): Snapshot {
  const { graph, egoId } = documentToGraph(doc);
  const ego = computeEgoReport(graph, { egoId, diffusion: false }).ego_analysis?.[egoId];
  if (!ego) throw new Error("no ego analysis");
  return { bridging: ego.summary.bridging_score, diversity: ego.summary.diversity_score, top: ego.summary.top_alters };
}

const maps = Number(process.argv[2] ?? 30);
const contacts = Number(process.argv[3] ?? 25);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const orders: CensusOrder[] = ["adaptive", "closeFirst", "random", "oracle", "perPerson"];
const results = new Map<CensusOrder, number[]>(orders.map((o) => [o, []]));
const taps = new Map<CensusOrder, number[]>(orders.map((o) => [o, []]));
const unknown: number[] = [];
const started = Date.now();
for (let seed = 1; seed <= maps; seed++) {
  const map = generateMap(seed, contacts);
  for (const order of orders) {
    const run = simulateCensus(map, order, seed, engine);
    results.get(order)?.push(run.stableAfter);
    taps.get(order)?.push(run.tapsUntilStable);
    if (order === "adaptive") unknown.push(run.unknown);
  }
}
console.log(
  `${maps} maps, ${contacts} contacts; pairs left after the community step: median ${median(unknown)} (${Math.min(...unknown)}–${Math.max(...unknown)})`,
);
for (const order of orders) {
  const xs = results.get(order) ?? [];
  const within40 = xs.filter((x) => x <= 40).length;
  console.log(
    `${order.padEnd(10)} answers until stable: median ${median(xs)}, max ${Math.max(...xs)}, ≤ 40 on ${within40}/${xs.length} maps  [${xs.join(" ")}]`,
  );
  const ts = taps.get(order) ?? [];
  console.log(`${"".padEnd(10)} clicks/keys (answers + ticks): median ${median(ts)}, max ${Math.max(...ts)}`);
}
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
