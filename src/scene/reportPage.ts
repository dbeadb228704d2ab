// The report's one A4 page, portrait or landscape: header (title, date), the map with its legend,
// then the scores, sources, closed circles, suggestions and "how to read this" flowed into two
// columns. The body size steps down (and the map gives up height) until everything fits one
// page; the same layout is written as SVG, rasterised to PNG and printed to PDF.
import type { ReportModel } from "./report";
import { comparisonBlocks } from "./reportComparison";
import {
  ACCENT,
  fontOf,
  INK,
  layoutBlock,
  lineHeight,
  MUTED,
  RULE,
  shift,
  textLines,
  type Block,
  type LaidBlock,
  type Op,
  type TextStyle,
} from "./reportBlocks";
import type { Box, MeasureText } from "./types";

export type ReportSize = "a4-portrait" | "a4-landscape";

/** A4 in CSS px (96 per inch) and in mm. */
export const PAGE_SIZE = {
  "a4-portrait": { width: 794, height: 1123, mm: [210, 297] },
  "a4-landscape": { width: 1123, height: 794, mm: [297, 210] },
} as const satisfies Record<ReportSize, { width: number; height: number; mm: readonly [number, number] }>;

export const PAGE_MARGIN = 38;
const GAP = 22;
const BODY_SIZES = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7] as const;

export interface ReportPageOptions {
  readonly size: ReportSize;
  readonly measure: MeasureText;
  readonly fontFamily: string;
}

export interface ReportLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly Op[];
  /** False when some text had to be left out at the smallest size. */
  readonly fits: boolean;
  readonly bodySize: number;
  readonly map: Box;
  /** The text columns the sections flowed into. */
  readonly columns: readonly Box[];
}

/** Sections in reading order; each is placed whole, its heading kept with its first block. */
function sections(model: ReportModel): Block[][] {
  return [
    ...(model.comparison ? [comparisonBlocks(model.comparison)] : []),
    [
      { kind: "heading", text: model.scoresHeading },
      ...model.scores.map((score) => ({ kind: "score" as const, score })),
    ],
    [
      { kind: "heading", text: model.sourcesHeading },
      { kind: "para", text: model.sourcesIntro, muted: true },
      ...model.sources.map((source) => ({ kind: "source" as const, source })),
    ],
    [
      { kind: "heading", text: model.circlesHeading },
      ...model.circles.map((text) => ({ kind: "bullet" as const, title: text, text: "" })),
    ],
    [
      { kind: "heading", text: model.suggestionsHeading },
      ...model.suggestions.map((s) => ({ kind: "bullet" as const, title: s.title, text: s.reason })),
    ],
    ...(model.plan
      ? [
          [
            { kind: "heading" as const, text: model.plan.heading },
            ...model.plan.items.map((i) => ({ kind: "bullet" as const, ...i })),
          ],
        ]
      : []),
    [{ kind: "heading", text: model.howToHeading }, ...model.howTo.map((text) => ({ kind: "para" as const, text }))],
  ];
}

/** Flows the sections into the columns, as far as they fit; `complete` when all of them did. */
function flow(style: TextStyle, model: ReportModel, columns: readonly Box[]): { ops: Op[]; complete: boolean } {
  const gap = style.size * 0.6;
  const ops: Op[] = [];
  let col = 0;
  let y = columns[0]?.y ?? 0;
  const place = (laid: LaidBlock): boolean => {
    for (;;) {
      const c = columns[col];
      if (!c) return false;
      if (y + laid.h <= c.y + c.h) {
        ops.push(...shift(laid.ops, c.x, y));
        y += laid.h + gap;
        return true;
      }
      col += 1;
      y = columns[col]?.y ?? 0;
    }
  };
  for (const section of sections(model)) {
    const w = columns[col]?.w ?? 0;
    const laid = section.map((b) => layoutBlock(style, b, w));
    const [heading, first, ...rest] = laid;
    if (!heading) continue;
    // The heading travels with the first block under it.
    const lead: LaidBlock = first
      ? { h: heading.h + first.h, ops: [...heading.ops, ...shift(first.ops, 0, heading.h)] }
      : heading;
    if (!place(lead)) return { ops, complete: false };
    for (const b of rest) if (!place(b)) return { ops, complete: false };
    y += style.size * 0.4;
  }
  return { ops, complete: true };
}

function legendOps(style: TextStyle, model: ReportModel, box: { x: number; y: number; w: number }): LaidBlock {
  const s = 9;
  const font = fontOf(style, s, 400);
  const headFont = fontOf(style, s, 700);
  const lh = lineHeight(s) + 2;
  const ops: Op[] = [];
  let row = 0;
  const headW = style.measure(model.legendHeading, headFont);
  ops.push({ kind: "text", x: 0, y: s, text: model.legendHeading, size: s, weight: 700, fill: INK });
  let x = headW + 10;
  for (const item of model.legend) {
    const swatch = item.kind === "edge" ? 18 : item.kind === "note" ? -4 : 10;
    const w = swatch + 4 + style.measure(item.label, font);
    if (x > headW + 10 && x + w > box.w) {
      row += 1;
      x = headW + 10;
    }
    const cy = row * lh + s * 0.62;
    if (item.kind === "edge" && item.style) {
      ops.push({ kind: "line", x1: x, y1: cy, x2: x + swatch, y2: cy, style: item.style });
    } else if (item.kind !== "note") {
      ops.push({ kind: "circle", cx: x + 5, cy, r: 5, fill: item.color });
    }
    ops.push({ kind: "text", x: x + swatch + 4, y: row * lh + s, text: item.label, size: s, weight: 400, fill: INK });
    x += w + 9;
  }
  return { h: (row + 1) * lh, ops: shift(ops, box.x, box.y) };
}

function header(style: TextStyle, model: ReportModel, width: number): LaidBlock {
  const m = PAGE_MARGIN;
  const inner = width - 2 * m;
  const ops: Op[] = [];
  const dateW = style.measure(model.date, fontOf(style, 10, 400));
  ops.push({ kind: "text", x: m, y: m + 12, text: model.kicker, size: 10, weight: 600, fill: ACCENT });
  ops.push({ kind: "text", x: width - m - dateW, y: m + 12, text: model.date, size: 10, weight: 400, fill: MUTED });
  // The title's line box starts below the kicker's descent (CJK fonts have tall ascents).
  const title = textLines(style, model.title, m, m + 22, inner, 19, 700, INK);
  ops.push(...title.ops);
  const bottom = m + 22 + title.h + 4;
  ops.push({ kind: "line", x1: m, y1: bottom, x2: width - m, y2: bottom, style: { color: RULE, width: 1, dash: [] } });
  return { h: bottom + 10, ops };
}

function footer(style: TextStyle, model: ReportModel, width: number, height: number): LaidBlock {
  const m = PAGE_MARGIN;
  const probe = textLines(style, model.footer, m, 0, width - 2 * m, 8, 400, MUTED);
  const top = height - m + 10 - probe.h;
  const t = textLines(style, model.footer, m, top, width - 2 * m, 8, 400, MUTED);
  const rule: Op = {
    kind: "line",
    x1: m,
    y1: top - 5,
    x2: width - m,
    y2: top - 5,
    style: { color: RULE, width: 1, dash: [] },
  };
  return { h: height - top + 8, ops: [rule, ...t.ops] };
}

/** Lays the report out on one A4 page. */
export function layoutReport(model: ReportModel, options: ReportPageOptions): ReportLayout {
  const { width, height } = PAGE_SIZE[options.size];
  const m = PAGE_MARGIN;
  const base = { family: options.fontFamily, measure: options.measure };
  const head = header({ ...base, size: 10 }, model, width);
  const foot = footer({ ...base, size: 10 }, model, width, height);
  const top = head.h;
  const bottom = height - foot.h;
  const inner = width - 2 * m;
  const portrait = options.size === "a4-portrait";
  // Map shares to try, largest first. A short report gets a bigger map; body text stays at
  // 9.5 px or more (about 7 pt) at every map share before it goes down to 9, and below 9 only
  // at the smallest map.
  const shares = portrait ? [0.6, 0.56, 0.52, 0.46, 0.4, 0.34] : [0.56, 0.5, 0.44, 0.38];
  const smallest = shares[shares.length - 1] ?? 0.34;
  const tier = (sizes: readonly number[]) => shares.flatMap((share) => sizes.map((size) => ({ size, share })));
  const attempts = [
    ...tier(BODY_SIZES.filter((s) => s >= 9.5)),
    ...tier([9]),
    ...BODY_SIZES.filter((s) => s < 9).map((size) => ({ size, share: smallest })),
  ];
  let last: ReportLayout | null = null;
  for (const { size, share } of attempts) {
    {
      const style = { ...base, size };
      let mapBox: Box;
      let legend: LaidBlock;
      let columns: Box[];
      if (portrait) {
        const mapH = Math.round((bottom - top) * share);
        legend = legendOps(style, model, { x: m, y: top + mapH + 6, w: inner });
        mapBox = { x: m, y: top, w: inner, h: mapH };
        const colTop = top + mapH + 6 + legend.h + 10;
        const colW = (inner - GAP) / 2;
        columns = [0, 1].map((i) => ({ x: m + i * (colW + GAP), y: colTop, w: colW, h: bottom - colTop }));
      } else {
        const mapW = Math.round(inner * share);
        legend = legendOps(style, model, { x: m, y: 0, w: mapW });
        const mapH = bottom - top - legend.h - 6;
        mapBox = { x: m, y: top, w: mapW, h: mapH };
        legend = legendOps(style, model, { x: m, y: top + mapH + 6, w: mapW });
        const left = m + mapW + GAP;
        const colW = (width - m - left - GAP) / 2;
        columns = [0, 1].map((i) => ({ x: left + i * (colW + GAP), y: top, w: colW, h: bottom - top }));
      }
      const text = flow(style, model, columns);
      const frame: Op = {
        kind: "rect",
        x: mapBox.x,
        y: mapBox.y,
        w: mapBox.w,
        h: mapBox.h,
        fill: "#ffffff",
        stroke: RULE,
        rx: 4,
      };
      const layout: ReportLayout = {
        width,
        height,
        ops: [...head.ops, frame, { kind: "map", ...mapBox }, ...legend.ops, ...text.ops, ...foot.ops],
        fits: text.complete,
        bodySize: size,
        map: mapBox,
        columns,
      };
      if (text.complete) return layout;
      last = layout;
    }
  }
  return last as ReportLayout;
}
