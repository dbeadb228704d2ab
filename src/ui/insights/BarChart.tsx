// A small horizontal bar chart (d3-scale for the geometry, React for the SVG). The values are
// printed next to the bars and the whole chart has a text alternative.
import { scaleBand, scaleLinear } from "d3-scale";
import { max } from "d3-array";

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly color?: string;
  /** Text printed after the bar; defaults to the value. */
  readonly valueText?: string;
}

interface Props {
  readonly bars: readonly Bar[];
  readonly title: string;
  readonly testId?: string;
  readonly width?: number;
  readonly labelWidth?: number;
}

const ROW = 20;

export function BarChart({ bars, title, testId, width = 300, labelWidth = 110 }: Props) {
  const height = bars.length * ROW + 4;
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([2, height - 2])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, max(bars, (b) => b.value) || 1])
    .range([0, width - labelWidth - 46]);
  const summary = bars.map((b) => `${b.label} ${b.valueText ?? b.value}`).join(", ");
  return (
    <svg
      className="bar-chart"
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}: ${summary}`}
      data-testid={testId}
    >
      {bars.map((b) => {
        const top = y(b.key) ?? 0;
        const w = Math.max(1, x(b.value));
        return (
          <g key={b.key} transform={`translate(0, ${top})`}>
            <text x={labelWidth - 6} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="bar-label">
              {b.label}
            </text>
            <rect x={labelWidth} width={w} height={y.bandwidth()} rx={2} fill={b.color ?? "#5a6b7b"} />
            <text x={labelWidth + w + 4} y={y.bandwidth() / 2} dy="0.35em" className="bar-value">
              {b.valueText ?? String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
