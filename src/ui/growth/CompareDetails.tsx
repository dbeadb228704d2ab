import type { TFunction } from "i18next";
// Score deltas (before → after with a signed change and an arrow, so colour never carries the
// meaning alone) and the lists of what changed between the two moments.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MapComparison, ScoreDelta, ScoreKey } from "../../domain/growth/compare";
import { fmt } from "../insights/format";

export const SCORE_LABEL = {
  bridging: "score.bridging",
  diversity: "score.diversity",
  effectiveSize: "score.effectiveSize",
  thirdPlaces: "score.thirdPlaces",
  weakShare: "score.weakShare",
  people: "score.people",
  ties: "score.ties",
} as const satisfies Record<ScoreKey, string>;

const BAND_LABEL = {
  strong: "band.strong",
  weak: "band.weak",
  very_weak: "band.very_weak",
  unknown: "band.unknown",
} as const;

const SPHERE_LABEL = { family: "sphere.family", work: "sphere.work", third: "sphere.third" } as const;

const COUNTS: ReadonlySet<ScoreKey> = new Set(["thirdPlaces", "people", "ties"]);

/** A score as shown: counts whole, shares in per cent, scores to one decimal. */
export function showScore(key: ScoreKey, v: number | null): string {
  if (v === null) return "—";
  if (key === "weakShare") return `${fmt(v * 100, 0)}%`;
  return COUNTS.has(key) ? String(v) : fmt(v);
}

/** A change as shown: the share of weak ties moves in percentage points, not per cent. */
export function showDelta(key: ScoreKey, v: number, t: TFunction<"compare">): string {
  return key === "weakShare" ? t("points", { value: fmt(v * 100, 0) }) : showScore(key, v);
}

function DeltaCell({ d }: { d: ScoreDelta }) {
  const { t } = useTranslation("compare");
  if (d.delta === null) return <>{t("deltaUnknown")}</>;
  if (showScore(d.key, Math.abs(d.delta)) === showScore(d.key, 0)) return <>{t("deltaSame")}</>;
  const shown = showDelta(d.key, Math.abs(d.delta), t);
  return (
    <span className={d.delta > 0 ? "delta-up" : "delta-down"}>
      {t(d.delta > 0 ? "deltaUp" : "deltaDown", { value: shown })}
    </span>
  );
}

export function ScoreDeltas({ comparison }: { comparison: MapComparison }) {
  const { t } = useTranslation("compare");
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t("scoresHeading")}</h3>
      <table className="compare-deltas" data-testid="compare-deltas">
        <tbody>
          {comparison.scores.map((d) => (
            <tr key={d.key} data-testid={`delta-${d.key}`}>
              <th scope="row">{t(SCORE_LABEL[d.key])}</th>
              <td>{t("fromTo", { before: showScore(d.key, d.before), after: showScore(d.key, d.after) })}</td>
              <td>
                <DeltaCell d={d} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function List({ title, items, testId }: { title: string; items: readonly string[]; testId: string }) {
  const { t } = useTranslation("compare");
  return (
    <div className="compare-list" data-testid={testId}>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{t("list.none")}</p>
      ) : (
        <ul>
          {items.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CompareDetails({ comparison: c }: { comparison: MapComparison }) {
  const { t } = useTranslation("compare");
  const id = useId();
  const tie = (x: { a: { name: string }; b: { name: string } }) => `${x.a.name} – ${x.b.name}`;
  const community = (x: { name: string; sphere: "family" | "work" | "third" }) =>
    `${x.name} (${t(SPHERE_LABEL[x.sphere])})`;
  return (
    <section aria-labelledby={id} className="compare-details">
      <h3 id={id}>{t("changesHeading")}</h3>
      <List testId="list-people-added" title={t("list.peopleAdded")} items={c.people.added.map((p) => p.name)} />
      <List testId="list-people-lost" title={t("list.peopleLost")} items={c.people.lost.map((p) => p.name)} />
      <List testId="list-ties-added" title={t("list.tiesAdded")} items={c.ties.added.map(tie)} />
      <List testId="list-ties-lost" title={t("list.tiesLost")} items={c.ties.lost.map(tie)} />
      <List
        testId="list-ties-changed"
        title={t("list.tiesChanged")}
        items={c.ties.changed.map((x) =>
          t("list.tieChange", { tie: tie(x), before: t(BAND_LABEL[x.before]), after: t(BAND_LABEL[x.band]) }),
        )}
      />
      <List
        testId="list-communities-added"
        title={t("list.communitiesAdded")}
        items={c.communities.added.map(community)}
      />
      <List
        testId="list-communities-lost"
        title={t("list.communitiesLost")}
        items={c.communities.lost.map(community)}
      />
      <List testId="list-actions-done" title={t("list.actionsDone")} items={c.actionsDone.map((a) => a.title)} />
    </section>
  );
}
