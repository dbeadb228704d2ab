import { describe, expect, it } from "vitest";
import { generateMap, simulateCensus, type CensusOrder } from "../../../../src/domain/census/simulate";

const MAPS = 20;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};
const runs = (order: CensusOrder, maps = MAPS) =>
  Array.from({ length: maps }, (_, i) => simulateCensus(generateMap(i + 1), order, i + 1).stableAfter);

describe("simulateCensus on 20 generated maps of 25 contacts", () => {
  it("asks person by person with at most 40 answers (median) until the top-3 sources and both scores are final", () => {
    const perPerson = runs("perPerson");
    expect(median(perPerson)).toBeLessThanOrEqual(40);
    expect(Math.max(...perPerson)).toBeLessThanOrEqual(24);
  });
  it("needs fewer pair answers in the adaptive order than in a random one", () => {
    expect(median(runs("adaptive", 8))).toBeLessThan(median(runs("random", 8)));
  });
});
