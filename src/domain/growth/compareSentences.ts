// Plain sentences about a comparison of two moments of a map, as data (an i18n key in the
// "compare" namespace plus parameters, like domain/insights/sentences.ts), so that English and
// Japanese read naturally and the logic is testable without React. A score's "because" clause is
// only given when a structural fact of the comparison pushes the score that way: new contacts who
// know no one else and ties lost between contacts open the network (bridging up); ties added
// between contacts one already had and new contacts who know old ones close it (bridging down).
// A bridging sentence carries the panel's caveat when either moment records few pairs of contacts
// (compareConfidence.ts): "at most", or "not enough data" when almost nothing is recorded.
import type { MapComparison, ScoreDelta } from "./compare";
import { bridgingCaveat } from "./compareConfidence";

export type CompareKey =
  | "sentence.thirdJoined"
  | "sentence.thirdLeft"
  | "sentence.peopleAdded"
  | "sentence.peopleLost"
  | "sentence.communitiesAdded"
  | "sentence.communitiesLost"
  | "sentence.tiesStronger"
  | "sentence.tiesWeaker"
  | "sentence.bridgingRose"
  | "sentence.bridgingRoseBecause"
  | "sentence.bridgingFell"
  | "sentence.bridgingFellBecause"
  | "sentence.bridgingSame"
  | "sentence.diversityRose"
  | "sentence.diversityRoseBecause"
  | "sentence.diversityFell"
  | "sentence.diversityFellBecause"
  | "sentence.diversitySame"
  | "sentence.effectiveSize"
  | "sentence.weakShare"
  | "sentence.actionsDone"
  | "sentence.nothing"
  | "because.newIsolated"
  | "because.pairsLost"
  | "because.pairsAdded"
  | "because.newConnected"
  | "because.lostIsolated"
  | "because.newCircles"
  | "because.newInOldCircles"
  | "because.circlesLost"
  | "caveat.upperBound"
  | "caveat.noData";

export type CompareCaveat = "upperBound" | "noData";

export interface ComparePhrase {
  readonly key: CompareKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** Names the sentence lists; the reader's language joins them (Intl.ListFormat) into {{names}}. */
  readonly names?: readonly string[];
  /** The reason, rendered into {{because}}. */
  readonly because?: ComparePhrase;
  /** The panel's confidence caveat, said with the sentence ("caveat.<name>" wraps it). */
  readonly caveat?: CompareCaveat;
}

type Base = Omit<MapComparison, "sentences">;

const phrase = (key: CompareKey, params: ComparePhrase["params"] = {}, names?: readonly string[]): ComparePhrase =>
  names ? { key, params, names } : { key, params };

const scoreOf = (c: Base, key: ScoreDelta["key"]): ScoreDelta | undefined => c.scores.find((s) => s.key === key);

function bridgingReason(c: Base, rose: boolean): ComparePhrase | undefined {
  const f = c.facts;
  if (rose) {
    if (f.newIsolated > 0) return phrase("because.newIsolated", { count: f.newIsolated });
    if (f.pairsLost > 0) return phrase("because.pairsLost", { count: f.pairsLost });
    return undefined;
  }
  if (f.pairsAdded > 0) return phrase("because.pairsAdded", { count: f.pairsAdded });
  if (f.newConnected > 0) return phrase("because.newConnected", { count: f.newConnected });
  if (f.lostIsolated > 0) return phrase("because.lostIsolated", { count: f.lostIsolated });
  return undefined;
}

function diversityReason(c: Base, rose: boolean): ComparePhrase | undefined {
  const f = c.facts;
  if (rose) {
    return f.newCircles.length > 0
      ? phrase(
          "because.newCircles",
          { count: f.newCircles.length },
          f.newCircles.map((x) => x.name),
        )
      : undefined;
  }
  if (c.communities.lost.length > 0) {
    return phrase(
      "because.circlesLost",
      { count: c.communities.lost.length },
      c.communities.lost.map((x) => x.name),
    );
  }
  const added = c.people.added.length;
  if (f.newInOldCircles > 0 && f.newInOldCircles === added) return phrase("because.newInOldCircles", { count: added });
  return undefined;
}

const SCORE_SENTENCE = {
  bridging: {
    same: "sentence.bridgingSame",
    rose: "sentence.bridgingRose",
    fell: "sentence.bridgingFell",
    roseBecause: "sentence.bridgingRoseBecause",
    fellBecause: "sentence.bridgingFellBecause",
  },
  diversity: {
    same: "sentence.diversitySame",
    rose: "sentence.diversityRose",
    fell: "sentence.diversityFell",
    roseBecause: "sentence.diversityRoseBecause",
    fellBecause: "sentence.diversityFellBecause",
  },
} as const satisfies Record<"bridging" | "diversity", Record<string, CompareKey>>;

/** "Bridging rose from 42 to 61 because …": rounded as the panel shows them; same when equal. */
function scoreSentence(c: Base, key: "bridging" | "diversity"): ComparePhrase | null {
  const s = scoreOf(c, key);
  if (!s || s.before === null || s.after === null) return null;
  const before = Math.round(s.before);
  const after = Math.round(s.after);
  const keys = SCORE_SENTENCE[key];
  if (before === after) return phrase(keys.same, { value: after });
  const rose = after > before;
  const because = key === "bridging" ? bridgingReason(c, rose) : diversityReason(c, rose);
  const params = { before, after };
  if (!because) return phrase(rose ? keys.rose : keys.fell, params);
  return { key: rose ? keys.roseBecause : keys.fellBecause, params, because };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The sentences of a comparison, most telling first. */
export function compareSentences(c: Base): ComparePhrase[] {
  const out: ComparePhrase[] = [];
  const since = c.older.label;
  const { joined, left } = c.thirdPlaces;
  if (joined.length > 0)
    out.push(
      phrase(
        "sentence.thirdJoined",
        { count: joined.length, since },
        joined.map((x) => x.name),
      ),
    );
  if (left.length > 0)
    out.push(
      phrase(
        "sentence.thirdLeft",
        { count: left.length },
        left.map((x) => x.name),
      ),
    );
  const { added, lost } = c.people;
  if (added.length > 0)
    out.push(
      phrase(
        "sentence.peopleAdded",
        { count: added.length },
        added.map((p) => p.name),
      ),
    );
  if (lost.length > 0)
    out.push(
      phrase(
        "sentence.peopleLost",
        { count: lost.length },
        lost.map((p) => p.name),
      ),
    );
  // Communities already named as third places joined or left are not named twice.
  const named = new Set([...joined, ...left].map((x) => x.id));
  const newOther = c.communities.added.filter((x) => !named.has(x.id));
  const lostOther = c.communities.lost.filter((x) => !named.has(x.id));
  if (newOther.length > 0)
    out.push(
      phrase(
        "sentence.communitiesAdded",
        { count: newOther.length },
        newOther.map((x) => x.name),
      ),
    );
  if (lostOther.length > 0)
    out.push(
      phrase(
        "sentence.communitiesLost",
        { count: lostOther.length },
        lostOther.map((x) => x.name),
      ),
    );
  const caveat = bridgingCaveat(c.confidence.older, c.confidence.newer);
  for (const key of ["bridging", "diversity"] as const) {
    const s = scoreSentence(c, key);
    if (s) out.push(key === "bridging" && caveat ? { ...s, caveat } : s);
  }
  const es = scoreOf(c, "effectiveSize");
  if (es && es.before !== null && es.after !== null && round1(es.before) !== round1(es.after))
    out.push(phrase("sentence.effectiveSize", { before: round1(es.before), after: round1(es.after) }));
  const ws = scoreOf(c, "weakShare");
  if (ws && ws.before !== null && ws.after !== null && Math.round(ws.before * 100) !== Math.round(ws.after * 100))
    out.push(phrase("sentence.weakShare", { before: Math.round(ws.before * 100), after: Math.round(ws.after * 100) }));
  const tieName = (t: { a: { name: string }; b: { name: string } }) => `${t.a.name} – ${t.b.name}`;
  const stronger = c.ties.changed.filter((t) => t.direction === "stronger");
  const weaker = c.ties.changed.filter((t) => t.direction === "weaker");
  if (stronger.length > 0) out.push(phrase("sentence.tiesStronger", { count: stronger.length }, stronger.map(tieName)));
  if (weaker.length > 0) out.push(phrase("sentence.tiesWeaker", { count: weaker.length }, weaker.map(tieName)));
  if (c.actionsDone.length > 0)
    out.push(
      phrase(
        "sentence.actionsDone",
        { count: c.actionsDone.length },
        c.actionsDone.map((a) => a.title),
      ),
    );
  const moved =
    added.length + lost.length + c.ties.added.length + c.ties.lost.length + c.ties.changed.length > 0 ||
    c.communities.added.length + c.communities.lost.length > 0;
  if (out.length === 0 && !moved) out.push(phrase("sentence.nothing", { since }));
  return out;
}

const CAVEAT_KEY = {
  upperBound: "caveat.upperBound",
  noData: "caveat.noData",
} as const satisfies Record<CompareCaveat, CompareKey>;

/**
 * A phrase as text: `translate` looks the key up in the "compare" namespace (with i18next's
 * plurals from `count`), `join` lists names in the reader's language; the reason goes into {{because}}.
 */
export function renderComparePhrase(
  p: ComparePhrase,
  translate: (key: CompareKey, params: Readonly<Record<string, string | number>>) => string,
  join: (names: readonly string[]) => string,
): string {
  const params: Record<string, string | number> = { ...p.params };
  if (p.names) params.names = join(p.names);
  if (p.because) params.because = renderComparePhrase(p.because, translate, join);
  const sentence = translate(p.key, params);
  return p.caveat ? translate(CAVEAT_KEY[p.caveat], { sentence }) : sentence;
}
