// A stand-in for canvas measureText: CJK characters one em wide, others 0.55 em (close to Noto Sans).
import type { MeasureText } from "../../../src/scene/types";

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

export const fakeMeasure: MeasureText = (text, font) => {
  const px = Number(/(\d+(?:\.\d+)?)px/u.exec(font)?.[1] ?? 12);
  const bold = /^(600|700)/u.test(font) ? 1.05 : 1;
  return [...text].reduce((w, ch) => w + (WIDE.test(ch) ? px : px * 0.55 * bold), 0);
};
