// Line breaking for text drawn into a fixed width (the report page, SVG and PNG): Latin text
// breaks at spaces, Japanese (and other CJK) text between any two characters, with the basic
// kinsoku rules of JIS X 4051 (no line starts with 、。」）ー or small kana, none ends with 「（).
// A word wider than the line is cut between characters so that nothing overflows.
import type { MeasureText } from "./types";

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\u30fb\u30fc]/u;
/** Characters that may not begin a line. */
const NO_START =
  /[、。，．・：；？！ー〜」』）］｝〕〉》】ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ,.;:!?)\]}%’”]/u;
/** Characters that may not end a line. */
const NO_END = /[「『（［｛〔〈《【([{‘“]/u;

/**
 * Splits text into pieces between which a line may break: a Latin word with its trailing
 * spaces, or one CJK character (with any closing punctuation glued to it).
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = "";
  const push = () => {
    if (current) units.push(current);
    current = "";
  };
  for (const ch of text) {
    const last = current.slice(-1);
    if (NO_START.test(ch) || current === "" || NO_END.test(last)) {
      current += ch;
    } else if (/\s/u.test(ch)) {
      current += ch;
    } else if (CJK.test(ch) || CJK.test(last) || /\s/u.test(last)) {
      push();
      current = ch;
    } else {
      current += ch;
    }
  }
  push();
  return units;
}

/** Cuts one piece wider than the line between its characters. */
function hardBreak(unit: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const out: string[] = [];
  let line = "";
  for (const ch of unit) {
    if (line && measure(line + ch, font) > maxWidth) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

/** Lines of `text` no wider than `maxWidth` when drawn in `font`; "\n" starts a new line. */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const unit of breakUnits(paragraph)) {
      const candidate = line + unit;
      if (measure(candidate.trimEnd(), font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const start = unit.trimStart();
      if (measure(start.trimEnd(), font) <= maxWidth) {
        line = start;
      } else {
        const pieces = hardBreak(start.trimEnd(), maxWidth, font, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? "";
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
