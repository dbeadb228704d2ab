// Text width when no canvas is at hand (Node: CLI, unit tests): CJK and full-width characters
// take 1 em, everything else about 0.6 em (Noto Sans JP's Latin averages a little less, so the
// estimate errs on the wide side and boxes stay apart). The app measures with canvas measureText.
import type { MeasureText } from "./types";

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const estimateTextWidth: MeasureText = (text, font) => {
  const size = Number(/([\d.]+)px/u.exec(font)?.[1] ?? 13);
  const bold = /^(6|7|8|9)00\b/u.test(font) ? 1.05 : 1;
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * size * bold;
};
