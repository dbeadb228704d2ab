// How likely two alters are to know each other, learnt from the answers so far: a block model
// over circles (two people in the same community, or the pair of their first communities),
// Beta-smoothed toward the overall rate, times each person's own rate of cross-circle ties (some
// people are connectors), a mild lift for pairs of close contacts (Granovetter's forbidden triad,
// metrics-spec §T4) and triadic closure through the contacts both are known to share.

export interface PairFacts {
  /** The pair's block: "w:<community>" when they share one, else "x:<first>|<first>". */
  readonly block: string;
  readonly within: boolean;
  readonly i: number;
  readonly j: number;
}

export interface TieModelInput {
  readonly labels: readonly (readonly string[])[];
  readonly strength: readonly (number | null)[];
}

const PRIOR_WITHIN = 0.5;
const PRIOR_CROSS = 0.1;
const BLOCK_WEIGHT_WITHIN = 2;
const BLOCK_WEIGHT_CROSS = 3;
const PERSON_WEIGHT = 2;
const CLOSURE = 0.8;

export function pairFacts(labels: readonly (readonly string[])[], i: number, j: number): PairFacts {
  const li = labels[i] ?? [];
  const lj = labels[j] ?? [];
  const shared = li.filter((l) => lj.includes(l)).sort()[0];
  if (shared !== undefined) return { block: `w:${shared}`, within: true, i, j };
  const [x, y] = [li[0] ?? "~", lj[0] ?? "~"].sort() as [string, string];
  return { block: `x:${x}|${y}`, within: false, i, j };
}

interface Count {
  yes: number;
  all: number;
}

const bump = (m: Map<string | number, Count>, key: string | number, yes: boolean) => {
  const c = m.get(key) ?? { yes: 0, all: 0 };
  c.all += 1;
  if (yes) c.yes += 1;
  m.set(key, c);
};

/** The model after the known answers (`known`: pairs with their answer). */
export class TieModel {
  private readonly blocks = new Map<string | number, Count>();
  private readonly people = new Map<string | number, Count>();
  private readonly within: Count = { yes: 0, all: 0 };
  private readonly cross: Count = { yes: 0, all: 0 };

  constructor(
    private readonly input: TieModelInput,
    known: Iterable<{ readonly facts: PairFacts; readonly yes: boolean }>,
  ) {
    for (const { facts, yes } of known) {
      bump(this.blocks, facts.block, yes);
      const total = facts.within ? this.within : this.cross;
      total.all += 1;
      if (yes) total.yes += 1;
      if (!facts.within) {
        bump(this.people, facts.i, yes);
        bump(this.people, facts.j, yes);
      }
    }
  }

  private rate(c: Count | undefined, prior: number, weight: number): number {
    return ((c?.yes ?? 0) + weight * prior) / ((c?.all ?? 0) + weight);
  }

  /** P(tie) for an unknown pair; `common` = alters known to be tied to both. */
  probability(facts: PairFacts, common: number): number {
    let p: number;
    if (facts.within) {
      const overall = this.rate(this.within, PRIOR_WITHIN, 2);
      p = this.rate(this.blocks.get(facts.block), overall, BLOCK_WEIGHT_WITHIN);
    } else {
      const overall = this.rate(this.cross, PRIOR_CROSS, 2);
      p = this.rate(this.blocks.get(facts.block), overall, BLOCK_WEIGHT_CROSS);
      const lift = (v: number) =>
        Math.min(4, Math.max(0.25, this.rate(this.people.get(v), overall, PERSON_WEIGHT) / overall));
      p *= Math.sqrt(lift(facts.i) * lift(facts.j));
    }
    const s = ((this.input.strength[facts.i] ?? 0.5) + (this.input.strength[facts.j] ?? 0.5)) / 2;
    p *= 0.75 + 0.5 * s;
    p = 1 - (1 - Math.min(p, 1)) * CLOSURE ** common;
    return Math.min(0.98, Math.max(0.005, p));
  }
}
