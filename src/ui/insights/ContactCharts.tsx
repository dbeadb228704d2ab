// Contacts by sphere (community type of the first community) and by tie band, from the same
// ego summary the scores come from (metrics-spec §S, §T4).
import type { EgoSummary } from "../../domain/metrics/egoSummary";
import { EDGE_COLORS, SPHERE_COLORS } from "../../render/colors";
import { BarChart, type Bar } from "./BarChart";
import { usePhrases } from "./format";

export function ContactCharts({ summary }: { summary: EgoSummary }) {
  const { t } = usePhrases();
  const types = summary.community_type_counts;
  const family = types.family ?? 0;
  const work = types.workplace ?? 0;
  const third = types.third ?? 0;
  const none = summary.n_alters - family - work - third;
  const spheres: Bar[] = [
    { key: "family", label: t("sphere.family", { ns: "common" }), value: family, color: SPHERE_COLORS.family },
    { key: "work", label: t("sphere.work", { ns: "common" }), value: work, color: SPHERE_COLORS.work },
    { key: "third", label: t("sphere.third", { ns: "common" }), value: third, color: SPHERE_COLORS.third },
    ...(none > 0
      ? [{ key: "none", label: t("sphere.none", { ns: "common" }), value: none, color: SPHERE_COLORS.none }]
      : []),
  ];
  const bands: Bar[] = [
    { key: "strong", label: t("band.strong", { ns: "common" }), value: summary.n_strong, color: EDGE_COLORS.strong },
    { key: "weak", label: t("band.weak", { ns: "common" }), value: summary.n_weak, color: EDGE_COLORS.weak },
    {
      key: "very_weak",
      label: t("band.very_weak", { ns: "common" }),
      value: summary.n_very_weak,
      color: EDGE_COLORS.very_weak,
    },
    ...(summary.n_unknown > 0
      ? [
          {
            key: "unknown",
            label: t("band.unknown", { ns: "common" }),
            value: summary.n_unknown,
            color: EDGE_COLORS.unknown,
          },
        ]
      : []),
  ];
  return (
    <section className="insight-section contact-charts">
      <h3 id="by-sphere">{t("contacts.bySphere")}</h3>
      <BarChart bars={spheres} title={t("contacts.bySphere")} testId="chart-sphere" />
      <h3 id="by-band">{t("contacts.byBand")}</h3>
      <BarChart bars={bands} title={t("contacts.byBand")} testId="chart-band" />
    </section>
  );
}
