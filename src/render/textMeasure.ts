// Text widths as the browser draws them: a 2D canvas's measureText (one context; each text in each
// font measured once). Where there is no 2D canvas (jsdom), the scene's estimate. The live map's
// community names (outlineSource.ts), the exported pictures and the report measure with it.
import { estimateTextWidth } from "../scene/measure";
import type { MeasureText } from "../scene/types";

export function canvasMeasure(): MeasureText {
  const ctx = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!ctx) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}
