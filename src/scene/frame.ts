// The frame of a scene: the title at the top left and the legend in rows along the bottom on a
// white card, both measured with the caller's measureText (the app's canvas), so that the
// Japanese legend is laid out with the widths it is drawn with.
import { FONT_SIZE, MARGIN, font } from "./fonts";
import { ASCENT, DESCENT, textBox } from "./labels";
import type { LegendEntry } from "./legend";
import type { PersonId } from "../domain/model";
import type { Box, MeasureText, SceneLabel, SceneLegendItem } from "./types";

export interface Frame {
  readonly legend: SceneLegendItem[];
  readonly legendBox: Box | null;
  readonly titleLabel: SceneLabel | null;
}

/** Title at the top left, legend in rows along the bottom, each measured with measureText. */
export function layoutFrame(
  width: number,
  height: number,
  title: string | null,
  entries: readonly { entry: LegendEntry; label: string }[],
  measure: MeasureText,
  family: string,
): Frame {
  let titleLabel: SceneLabel | null = null;
  if (title) {
    const f = font(600, FONT_SIZE.title, family);
    const w = measure(title, f);
    const y = MARGIN + ASCENT * FONT_SIZE.title;
    titleLabel = {
      id: "title" as PersonId,
      text: title,
      font: f,
      x: MARGIN,
      y,
      box: textBox(MARGIN, y, w, FONT_SIZE.title),
      priority: 0,
    };
  }
  if (entries.length === 0) return { legend: [], legendBox: null, titleLabel };
  const f = font(400, FONT_SIZE.legend, family);
  const rowH = 20;
  const swatch = (e: LegendEntry) => (e.kind === "edge" || e.kind === "outline" ? 26 : e.kind === "note" ? 0 : 12);
  const items = entries.map(({ entry, label }) => ({
    entry,
    label,
    w: swatch(entry) + (swatch(entry) ? 6 : 0) + measure(label, f),
  }));
  const maxW = width - 2 * MARGIN - 16;
  const rows: (typeof items)[] = [[]];
  let used = 0;
  // The node entries and the line entries start their own rows.
  let section = items[0]?.entry.section;
  for (const it of items) {
    const row = rows[rows.length - 1] as typeof items;
    if (row.length > 0 && (used + 18 + it.w > maxW || it.entry.section !== section)) {
      rows.push([it]);
      used = it.w;
    } else {
      row.push(it);
      used += (row.length > 1 ? 18 : 0) + it.w;
    }
    section = it.entry.section;
  }
  const boxH = rows.length * rowH + 12;
  const top = height - MARGIN - boxH;
  const legend: SceneLegendItem[] = [];
  let widest = 0;
  rows.forEach((row, r) => {
    let x = MARGIN + 8;
    const cy = top + 6 + r * rowH + rowH / 2;
    for (const it of row) {
      const sw = swatch(it.entry);
      const tx = x + sw + (sw ? 6 : 0);
      legend.push({
        kind: it.entry.kind,
        label: it.label,
        color: it.entry.color,
        ...(it.entry.style ? { style: it.entry.style } : {}),
        box: { x, y: cy - rowH / 2, w: it.w, h: rowH },
        text: { x: tx, y: cy + ((ASCENT - DESCENT) * FONT_SIZE.legend) / 2, font: f },
      });
      x += it.w + 18;
    }
    widest = Math.max(widest, x - 18 - MARGIN);
  });
  return { legend, legendBox: { x: MARGIN, y: top, w: widest + 8, h: boxH }, titleLabel };
}
