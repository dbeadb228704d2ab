// Name normalisation for matching people and communities across files: Unicode NFKC (full-width
// letters and spaces become ASCII), case folded, whitespace collapsed, and the space between two
// CJK characters dropped ("佐藤 結衣" = "佐藤結衣"). Scripts are never transliterated:
// "Sato Yui" and "佐藤 結衣" stay different (findLikelyDuplicates may still pair them via reading).

const CJK_SPACE =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

export function normaliseName(name: string): string {
  const n = name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  // The lookbehind is costly; ASCII-only names (most of a LinkedIn export) cannot need it.
  return /[^\p{ASCII}]/u.test(n) && n.includes(" ") ? n.replace(CJK_SPACE, "") : n;
}

/** Same words in any order: "Yui Sato" ~ "Sato Yui". */
export function tokenKey(name: string): string {
  return normaliseName(name).split(" ").sort().join(" ");
}

/** Levenshtein distance with an early exit once it exceeds `max` (bounded, O(n·max)). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Splits a cell listing several values: "A; B", "A|B", "A、B", "A／B". */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;|、，／\n]/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
