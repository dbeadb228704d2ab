// The legend, always visible over the map: the one legend table (src/scene/legend.ts) that the
// PNG and SVG exports draw too — node colours for the chosen colour mode, the planned (what-if)
// style, what size means, one line sample per tie style (dash pattern, width and colour as
// drawn), local bridges and community outlines. It reads only the view settings it shows and
// the communities (not the hovered tie or person), and is memoised, so hovering the map never
// re-renders it.
import { memo, useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { asReport } from "../domain/insights/report";
import { hasPlans, legendTable, type LegendEntry } from "../scene/legend";
import { useMap } from "./hooks/storeContext";
import { legendText } from "./legendText";

function LineSample({ entry }: { entry: LegendEntry }) {
  const s = entry.style;
  const dash = s && s.dash.length > 0 ? s.dash.join(" ") : undefined;
  return (
    <svg width="34" height="10" aria-hidden="true" className="line-sample">
      <line x1="1" y1="5" x2="33" y2="5" stroke={entry.color} strokeWidth={s?.width ?? 2} strokeDasharray={dash} />
    </svg>
  );
}

function Item({ entry, text }: { entry: LegendEntry; text: string }) {
  if (entry.kind === "note") return <li className="legend-size">{text}</li>;
  if (entry.kind === "outline") return <li className="legend-outline">{text}</li>;
  return (
    <li data-legend={entry.id}>
      {entry.kind === "edge" ? (
        <LineSample entry={entry} />
      ) : (
        <span className="swatch round" style={{ background: entry.color }} aria-hidden="true" />
      )}
      {text}
    </li>
  );
}

export const Legend = memo(function Legend() {
  const { t } = useTranslation("insights");
  const colorBy = useMap((s) => s.view.colorBy);
  const sizeBy = useMap((s) => s.view.sizeBy);
  const outlines = useMap((s) => s.view.outlines);
  const communities = useMap((s) => s.doc.communities);
  // The what-if styles are listed only while the map has plans (as in the exports).
  // Deferred: looking for plans among 30,000 people and ties is rendered after the map opens.
  const people = useDeferredValue(useMap((s) => s.doc.people));
  const ties = useDeferredValue(useMap((s) => s.doc.ties));
  const planned = useMemo(() => hasPlans({ people, communities, ties }), [people, communities, ties]);
  // Clusters are counted from the analysis only when the map is coloured by them.
  const report = useMap((s) => (colorBy === "cluster" ? asReport(s.metrics.report) : null));
  // Reads only the communities and these settings: recomputed when they change, not on other edits.
  const table = useMemo(
    () => legendTable({ communities }, { colorBy, sizeBy, outlines }, report, planned),
    [colorBy, sizeBy, outlines, communities, report, planned],
  );
  const nodes = table.filter((e) => e.section === "nodes");
  const edges = table.filter((e) => e.section === "edges");
  return (
    <section className="legend-overlay" aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading">{t("legend.heading")}</h2>
      <ul className="legend-list">
        {nodes.map((e) => (
          <Item key={e.id} entry={e} text={legendText(e, t)} />
        ))}
      </ul>
      <h3>{t("legend.edges")}</h3>
      <ul className="legend-list">
        {edges.map((e) => (
          <Item key={e.id} entry={e} text={legendText(e, t)} />
        ))}
      </ul>
    </section>
  );
});
