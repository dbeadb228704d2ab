// The legend, always visible over the map: node colours for the chosen colour mode, what size
// means, the planned (what-if) style, and one line sample per tie style (dash pattern, width and
// colour as drawn by the dashed edge program), plus community outlines. It reads only the view
// settings it shows and the communities (not the hovered tie or person), and is memoised, so
// hovering the map never re-renders it.
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EGO_COLOR, SPHERE_COLORS } from "../render/colors";
import {
  BAND_STYLE,
  CATEGORY_PALETTE,
  communityColors,
  edgeWidth,
  LOCAL_BRIDGE_COLOR,
  PLANNED_ALPHA,
  PLANNED_STYLE,
  withAlpha,
  type EdgeStyle,
} from "../render/encodings";
import { useMap } from "./hooks/storeContext";
import { getOwn } from "../domain/model";
import { SPHERE_KEY } from "../i18n/keys";
import { SIZE_BY_KEY } from "./LayoutControls";

function LineSample({ style, width }: { style: EdgeStyle; width: number }) {
  const dash = style.dash > 0 ? `${style.dash * style.dashRatio} ${style.dash * (1 - style.dashRatio)}` : undefined;
  return (
    <svg width="34" height="10" aria-hidden="true" className="line-sample">
      <line x1="1" y1="5" x2="33" y2="5" stroke={style.color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

const MAX_COLOURS = 14;

export const Legend = memo(function Legend() {
  const { t } = useTranslation("insights");
  const { t: tc } = useTranslation();
  const colorBy = useMap((s) => s.view.colorBy);
  const sizeBy = useMap((s) => s.view.sizeBy);
  const outlines = useMap((s) => s.view.outlines);
  const communities = useMap((s) => s.doc.communities);
  // communityColors reads only the communities: recomputed when they change, not on other edits.
  const byCommunity = useMemo(
    () => (colorBy === "community" ? communityColors({ communities }) : {}),
    [colorBy, communities],
  );
  const colours =
    colorBy === "sphere"
      ? (["family", "work", "third"] as const).map((s) => ({
          key: s,
          label: tc(SPHERE_KEY[s]),
          color: SPHERE_COLORS[s],
        }))
      : colorBy === "community"
        ? Object.entries(byCommunity)
            .slice(0, MAX_COLOURS)
            .map(([id, color]) => ({
              key: id,
              label: getOwn(communities, id as keyof typeof communities)?.name ?? id,
              color,
            }))
        : CATEGORY_PALETTE.slice(0, 6).map((color, i) => ({
            key: String(i),
            label: t("legend.cluster", { n: i + 1 }),
            color,
          }));
  return (
    <section className="legend-overlay" aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading">{t("legend.heading")}</h2>
      <ul className="legend-list">
        <li>
          <span className="swatch round" style={{ background: EGO_COLOR }} aria-hidden="true" />
          {t("legend.you")}
        </li>
        {colours.map((c) => (
          <li key={c.key}>
            <span className="swatch round" style={{ background: c.color }} aria-hidden="true" />
            {c.label}
          </li>
        ))}
        <li>
          <span
            className="swatch round"
            style={{ background: withAlpha(SPHERE_COLORS.third, PLANNED_ALPHA) }}
            aria-hidden="true"
          />
          {t("legend.planned")}
        </li>
        <li className="legend-size">
          {sizeBy === "uniform" ? t("legend.sizeUniform") : t("legend.size", { metric: t(SIZE_BY_KEY[sizeBy]) })}
        </li>
      </ul>
      <h3>{t("legend.edges")}</h3>
      <ul className="legend-list">
        <li>
          <LineSample style={BAND_STYLE.strong} width={edgeWidth(0.8)} />
          {t("legend.strong")}
        </li>
        <li>
          <LineSample style={BAND_STYLE.weak} width={edgeWidth(0.3)} />
          {t("legend.weak")}
        </li>
        <li>
          <LineSample style={BAND_STYLE.very_weak} width={edgeWidth(0.1)} />
          {t("legend.veryWeak")}
        </li>
        <li>
          <LineSample style={BAND_STYLE.unknown} width={edgeWidth(null)} />
          {t("legend.unknown")}
        </li>
        <li>
          <LineSample style={PLANNED_STYLE} width={edgeWidth(0.4)} />
          {t("legend.plannedEdge")}
        </li>
        <li>
          <LineSample style={{ ...BAND_STYLE.weak, color: LOCAL_BRIDGE_COLOR }} width={edgeWidth(0.4)} />
          {t("legend.localBridge")}
        </li>
        {outlines && <li className="legend-outline">{t("legend.outline")}</li>}
      </ul>
    </section>
  );
});
