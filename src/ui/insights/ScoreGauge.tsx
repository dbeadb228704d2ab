// A 0–100 gauge: a track, the filled share and tick marks at thirds (the sentence levels).
import { scaleLinear } from "d3-scale";

export function ScoreGauge({ value, label }: { value: number | null; label: string }) {
  const x = scaleLinear().domain([0, 100]).range([0, 200]).clamp(true);
  return (
    <svg className="score-gauge" viewBox="0 0 200 10" width="100%" aria-hidden="true" data-label={label}>
      <rect x={0} y={2} width={200} height={6} rx={3} fill="#e6e6e6" />
      {value !== null && <rect x={0} y={2} width={x(value)} height={6} rx={3} fill="#0072B2" />}
      {[100 / 3, 200 / 3].map((t) => (
        <line key={t} x1={x(t)} x2={x(t)} y1={0} y2={10} stroke="#fff" strokeWidth={1.5} />
      ))}
    </svg>
  );
}
