// The fonts of the one drawing: the family stack (Noto Sans JP, which the app ships, first) and
// the size of each kind of text. Every text of a scene is measured and drawn in these.

/** The app ships Noto Sans JP; the rest of the stack covers a machine where it did not load. */
export const SCENE_FONT_FAMILY =
  '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, system-ui, sans-serif';

export const FONT_SIZE = { person: 13, ego: 15, community: 12, legend: 12, title: 20 } as const;

/** Gap between the canvas edge and the title, the legend and the labels. */
export const MARGIN = 16;

/** A CSS font shorthand, as canvas `ctx.font` and measureText take it. */
export const font = (weight: number, size: number, family: string): string => `${weight} ${size}px ${family}`;
