// Drawing operations of the report page and the text blocks it is made of (headings,
// paragraphs, score cards, ranked sources, bullets), each laid out into a given width with text
// measured as it will be drawn and wrapped by wrapText. Pure: the page (reportPage.ts) places them.
import type { ReportScore, ReportSource } from "./report";
import type { Box, MeasureText, SceneEdgeStyle } from "./types";
import { wrapText } from "./wrapText";

export type Op =
  | {
      readonly kind: "text";
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly weight: 400 | 600 | 700;
      readonly fill: string;
    }
  | {
      readonly kind: "rect";
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly rx?: number;
    }
  | {
      readonly kind: "line";
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly style: SceneEdgeStyle;
    }
  | { readonly kind: "circle"; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string }
  | { readonly kind: "map"; readonly x: number; readonly y: number; readonly w: number; readonly h: number };

export const INK = "#1f2933";
export const MUTED = "#52606d";
export const ACCENT = "#0f6e6e";
export const RULE = "#cbd2d9";

export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "para"; readonly text: string; readonly muted?: boolean }
  | { readonly kind: "score"; readonly score: ReportScore }
  | { readonly kind: "source"; readonly source: ReportSource }
  | { readonly kind: "bullet"; readonly title: string; readonly text: string };

/** Sizes of one attempt at fitting the page: everything scales with the body size. */
export interface TextStyle {
  readonly size: number;
  readonly family: string;
  readonly measure: MeasureText;
}

export const fontOf = (style: TextStyle, size: number, weight: number): string => `${weight} ${size}px ${style.family}`;
export const lineHeight = (size: number): number => Math.round(size * 1.5 * 10) / 10;

export interface LaidBlock {
  readonly h: number;
  /** Ops with coordinates relative to the block's top-left corner. */
  readonly ops: readonly Op[];
}

/** Wrapped lines as text ops from (x, top); returns the ops and the height used. */
export function textLines(
  style: TextStyle,
  text: string,
  x: number,
  top: number,
  width: number,
  size: number,
  weight: 400 | 600 | 700,
  fill: string,
): { ops: Op[]; h: number } {
  if (!text) return { ops: [], h: 0 };
  const lh = lineHeight(size);
  const lines = wrapText(text, width, fontOf(style, size, weight), style.measure);
  const ops: Op[] = lines.map((line, i) => ({
    kind: "text",
    x,
    y: top + i * lh + size * 0.95,
    text: line,
    size,
    weight,
    fill,
  }));
  return { ops, h: lines.length * lh };
}

function scoreBlock(style: TextStyle, score: ReportScore, w: number): LaidBlock {
  const s = style.size;
  const big = Math.round(s * 1.9);
  const labelSize = Math.round(s * 1.15 * 10) / 10;
  const ops: Op[] = [];
  const valueFont = fontOf(style, big, 700);
  const outFont = fontOf(style, s * 0.9, 400);
  const valueW = style.measure(score.shown, valueFont);
  const outW = style.measure(score.outOf, outFont);
  const labelW = style.measure(score.label, fontOf(style, labelSize, 600));
  const sameRow = labelW + 12 + valueW + 4 + outW <= w;
  ops.push(...textLines(style, score.label, 0, 0, w, labelSize, 600, INK).ops);
  const valueTop = sameRow ? 0 : lineHeight(labelSize);
  const baseline = valueTop + big * 0.95;
  const xOut = w - outW;
  const xValue = xOut - 4 - valueW;
  ops.push(
    { kind: "text", x: xValue, y: baseline, text: score.shown, size: big, weight: 700, fill: ACCENT },
    { kind: "text", x: xOut, y: baseline, text: score.outOf, size: s * 0.9, weight: 400, fill: MUTED },
  );
  const gaugeTop = baseline + s * 0.5;
  ops.push({ kind: "rect", x: 0, y: gaugeTop, w, h: 6, fill: "#e4e7eb", rx: 3 });
  const share = score.value === null ? 0 : Math.max(0, Math.min(1, score.value / 100));
  if (share > 0) ops.push({ kind: "rect", x: 0, y: gaugeTop, w: w * share, h: 6, fill: ACCENT, rx: 3 });
  const sentence = textLines(style, score.sentence, 0, gaugeTop + 6 + s * 0.5, w, s, 400, INK);
  ops.push(...sentence.ops);
  return { h: gaugeTop + 6 + s * 0.5 + sentence.h, ops };
}

function sourceBlock(style: TextStyle, source: ReportSource, w: number): LaidBlock {
  const s = style.size;
  const indent = Math.round(s * 1.8);
  const ops: Op[] = [{ kind: "circle", cx: s * 0.75, cy: s * 0.72, r: s * 0.75, fill: ACCENT }];
  const rank = String(source.rank);
  const rankW = style.measure(rank, fontOf(style, s * 0.9, 700));
  ops.push({
    kind: "text",
    x: s * 0.75 - rankW / 2,
    y: s * 1.05,
    text: rank,
    size: s * 0.9,
    weight: 700,
    fill: "#fff",
  });
  const scoreW = style.measure(source.score, fontOf(style, s, 600));
  const nameSize = Math.round(s * 1.1 * 10) / 10;
  const name = textLines(style, source.name, indent, 0, w - indent - scoreW - 8, nameSize, 700, INK);
  ops.push(...name.ops, {
    kind: "text",
    x: w - scoreW,
    y: nameSize * 0.95,
    text: source.score,
    size: s,
    weight: 600,
    fill: ACCENT,
  });
  const why = textLines(style, source.why, indent, name.h, w - indent, s, 400, INK);
  ops.push(...why.ops);
  return { h: name.h + why.h, ops };
}

function bulletBlock(style: TextStyle, title: string, text: string, w: number): LaidBlock {
  const s = style.size;
  const indent = Math.round(s * 1.1);
  const head = textLines(style, title, indent, 0, w - indent, s, text ? 600 : 400, INK);
  const body = textLines(style, text, indent, head.h, w - indent, s, 400, MUTED);
  const dot: Op = { kind: "circle", cx: s * 0.35, cy: s * 0.62, r: s * 0.22, fill: ACCENT };
  return { h: head.h + body.h, ops: [dot, ...head.ops, ...body.ops] };
}

export function layoutBlock(style: TextStyle, block: Block, w: number): LaidBlock {
  const s = style.size;
  switch (block.kind) {
    case "heading": {
      const size = Math.round(s * 1.25 * 10) / 10;
      const t = textLines(style, block.text, 0, 0, w, size, 700, ACCENT);
      return { h: t.h + s * 0.2, ops: t.ops };
    }
    case "para":
      return textLines(style, block.text, 0, 0, w, s, 400, block.muted ? MUTED : INK);
    case "score":
      return scoreBlock(style, block.score, w);
    case "source":
      return sourceBlock(style, block.source, w);
    case "bullet":
      return bulletBlock(style, block.title, block.text, w);
  }
}

/** Moves ops by (dx, dy). */
export function shift(ops: readonly Op[], dx: number, dy: number): Op[] {
  return ops.map((op): Op => {
    switch (op.kind) {
      case "text":
      case "rect":
      case "map":
        return { ...op, x: op.x + dx, y: op.y + dy };
      case "circle":
        return { ...op, cx: op.cx + dx, cy: op.cy + dy };
      case "line":
        return { ...op, x1: op.x1 + dx, y1: op.y1 + dy, x2: op.x2 + dx, y2: op.y2 + dy };
    }
  });
}

/**
 * The box a text op covers: its measured width, and the line box of Noto Sans CJK (ascent 1.16,
 * descent 0.29 em), the tallest of the fonts the page is drawn in, as browsers report it.
 */
export function textBox(op: Extract<Op, { kind: "text" }>, family: string, measure: MeasureText): Box {
  const w = measure(op.text, `${op.weight} ${op.size}px ${family}`);
  return { x: op.x, y: op.y - op.size * 1.16, w, h: op.size * 1.45 };
}
