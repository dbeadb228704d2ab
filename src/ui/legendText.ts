// The words of the one legend table (src/scene/legend.ts), in the app's language: the Legend
// component and the PNG/SVG exports both call this, so they say the same (職場, not 仕事).
import type { TFunction } from "i18next";
import type { TieBand } from "../domain/model";
import { SPHERE_KEY, type Key } from "../i18n/keys";
import type { LegendEntry } from "../scene/legend";
import { SIZE_BY_KEY } from "./LayoutControls";

const BAND_LEGEND_KEY = {
  strong: "legend.strong",
  weak: "legend.weak",
  very_weak: "legend.veryWeak",
  unknown: "legend.unknown",
} as const satisfies Record<TieBand, Key<"insights">>;

export function legendText(entry: LegendEntry, t: TFunction<"insights">): string {
  const x = entry.text;
  switch (x.key) {
    case "you":
      return t("legend.you");
    case "planned":
      return t("legend.planned");
    case "outline":
      return t("legend.outline");
    case "plannedEdge":
      return t("legend.plannedEdge");
    case "localBridge":
      return t("legend.localBridge");
    case "sphere":
      return t(SPHERE_KEY[x.sphere], { ns: "common" });
    case "band":
      return t(BAND_LEGEND_KEY[x.band]);
    case "cluster":
      return t("legend.cluster", { n: x.n });
    case "size":
      return x.sizeBy === "uniform" ? t("legend.sizeUniform") : t("legend.size", { metric: t(SIZE_BY_KEY[x.sizeBy]) });
    case "community":
      return x.name;
  }
}
