// A small timeline of the headline scores over all snapshots plus now (issue 14): bridging and
// diversity (0–100, left axis) as lines told apart by dash and marker shape, third places as bars
// (right axis), with an accessible name and description and the same values as a table.
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMap } from "../hooks/storeContext";
import { fmt } from "../insights/format";
import { formatDate, useNowScores } from "./useComparison";

const W = 560;
const H = 200;
const M = { top: 12, right: 36, bottom: 34, left: 36 };

interface Point {
  readonly key: string;
  readonly label: string;
  readonly bridging: number | null;
  readonly diversity: number | null;
  readonly thirdPlaces: number;
}

export function TimelineChart() {
  const { t, i18n } = useTranslation("compare");
  const id = useId();
  const snapshots = useMap((s) => s.doc.snapshots);
  const now = useNowScores();
  const points: Point[] = [
    ...snapshots.map((s) => ({ key: s.id, label: formatDate(i18n.language, s.takenAt), ...s.scores })),
    ...(now ? [{ key: "now", label: t("nowShort"), ...now }] : []),
  ];
  if (points.length === 0) return null;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([M.left, W - M.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([H - M.bottom, M.top]);
  const maxThird = Math.max(1, ...points.map((p) => p.thirdPlaces));
  const y3 = scaleLinear()
    .domain([0, maxThird])
    .range([H - M.bottom, M.top]);
  const bar = Math.min(28, (x.step() || 40) * 0.35);
  const path = (k: "bridging" | "diversity") =>
    line<Point>()
      .defined((p) => p[k] !== null)
      .x((p) => x(p.key) ?? 0)
      .y((p) => y(p[k] ?? 0))(points) ?? "";
  return (
    <section aria-labelledby={`${id}-h`} className="compare-timeline">
      <h3 id={`${id}-h`}>{t("timelineHeading")}</h3>
      <svg
        data-testid="timeline-chart"
        role="img"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t("timeline.title")}</title>
        <desc id={`${id}-desc`}>{t("timeline.desc")}</desc>
        <rect x={0} y={0} width={W} height={H} fill="#ffffff" />
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e4e7eb" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize={10} fill="#52606d">
              {v}
            </text>
          </g>
        ))}
        {y3.ticks(Math.min(4, maxThird)).map((v) => (
          <text key={v} x={W - M.right + 6} y={y3(v) + 4} fontSize={10} fill="#7b4b94">
            {v}
          </text>
        ))}
        {points.map((p) => (
          <g key={p.key}>
            <rect
              x={(x(p.key) ?? 0) - bar / 2}
              y={y3(p.thirdPlaces)}
              width={bar}
              height={H - M.bottom - y3(p.thirdPlaces)}
              fill="#d6c4e3"
              stroke="#7b4b94"
            />
            <text x={x(p.key) ?? 0} y={H - M.bottom + 14} textAnchor="middle" fontSize={10} fill="#1f2933">
              {p.label}
            </text>
          </g>
        ))}
        <path d={path("bridging")} fill="none" stroke="#0f6e6e" strokeWidth={2.5} />
        <path d={path("diversity")} fill="none" stroke="#c05621" strokeWidth={2.5} strokeDasharray="6 4" />
        {points.map((p) => (
          <g key={p.key}>
            {p.bridging !== null && <circle cx={x(p.key) ?? 0} cy={y(p.bridging)} r={4.5} fill="#0f6e6e" />}
            {p.diversity !== null && (
              <rect x={(x(p.key) ?? 0) - 4} y={y(p.diversity) - 4} width={8} height={8} fill="#c05621" />
            )}
          </g>
        ))}
      </svg>
      <ul className="timeline-legend">
        <li>{t("timeline.legendBridging")}</li>
        <li>{t("timeline.legendDiversity")}</li>
        <li>{t("timeline.legendThird")}</li>
      </ul>
      <details>
        <summary>{t("timeline.showTable")}</summary>
        <table data-testid="timeline-table">
          <caption>{t("timeline.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("timeline.moment")}</th>
              <th scope="col">{t("score.bridging")}</th>
              <th scope="col">{t("score.diversity")}</th>
              <th scope="col">{t("score.thirdPlaces")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.label}</th>
                <td>{fmt(p.bridging)}</td>
                <td>{fmt(p.diversity)}</td>
                <td>{p.thirdPlaces}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
