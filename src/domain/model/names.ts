// The one name normaliser: every place that decides whether two names are the same person (the
// editor's "add under an existing name", the importer's merge and duplicate review, the people
// search) compares normaliseName keys. Unicode NFKC (UAX #15) turns full-width letters, digits
// and the ideographic space U+3000 into ASCII; case is folded with the locale-independent
// toLowerCase (a Turkish locale must not make "IVAN" differ from "ivan"); runs of whitespace
// collapse to one space; and a space between two CJK characters is dropped, so 鈴木花子, 鈴木 花子
// and 鈴木\u3000花子 share one key. Japanese writes the family/given-name space optionally, so it is
// not part of the name. In Latin script the space is a word boundary that tells names apart
// ("Li Na" is not "Lina"), so it stays; a Latin name written without its space is only offered
// in the duplicate review (duplicates.ts). Scripts are never transliterated: "Sato Yui" and
// 佐藤 結衣 stay different (the review may still pair them via the reading).

// Script_Extensions, not Script: the prolonged sound mark ー is "Common" by Script but belongs to
// kana words ("ルーシー ベル" = "ルーシーベル").
const CJK = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}`;
const CJK_SPACE = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, "gu");
const NON_ASCII = /[\u0080-\uffff]/;

/** The key two names share when they are the same name: "鈴木\u3000花子" and "鈴木花子" → "鈴木花子". */
export function normaliseName(name: string): string {
  // Non-unicode-mode regexes here: \s is the same set and they run faster on 30,000 names.
  const n = name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  // The lookbehind is costly; ASCII-only names (most of a LinkedIn export) cannot need it.
  return n.includes(" ") && NON_ASCII.test(n) ? n.replace(CJK_SPACE, "") : n;
}

// Full-width letters and digits (Ｓａｔｏ, ２) and half-width katakana (ｽｽﾞｷ): the width forms an
// IME or an old address book produces by accident. Folded in the stored name as well (NFKC on
// these runs only). Full-width punctuation stays: Japanese writes （NPO） or ＆ on purpose; and
// NFKC on a whole name would also replace CJK compatibility ideographs such as 﨑 or 神 that a
// family deliberately writes with a variant glyph. The matching key (normaliseName) folds all.
const WIDTH_FORMS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f]+/gu;

/**
 * The name as it is stored and shown: width forms folded, whitespace (the ideographic space
 * U+3000 and tabs included) collapsed to one ASCII space, trimmed. "鈴木\u3000花子 " → "鈴木 花子".
 * Editor, importers and interview all store names through this; they compare with normaliseName.
 */
export function cleanName(name: string): string {
  return name
    .replace(WIDTH_FORMS, (run) => run.normalize("NFKC"))
    .replace(/\s+/gu, " ")
    .trim();
}

const HAS_CJK = new RegExp(`[${CJK}]`, "u");

/** True when the text has Chinese, Japanese or Korean characters (such names are written family-name first). */
export function isCjkName(s: string): boolean {
  return HAS_CJK.test(s);
}

/**
 * One display name from given and family name fields (LinkedIn, vCard N, CSV columns): CJK
 * names family-name first ("中村 健太" from given 健太, family 中村), others "Given Family".
 */
export function joinNameParts(given: string, family: string): string {
  const g = cleanName(given);
  const f = cleanName(family);
  return cleanName((isCjkName(g + f) ? [f, g] : [g, f]).filter(Boolean).join(" "));
}

/**
 * Display order of people: by reading where one is given, else by name, with the Japanese
 * collation (kana and case differences ignored, "2" before "10"). ICU's ja rules put kana in
 * gojūon order; kanji without a reading sort by their code point, so a reading is what gives
 * 佐藤 its place among the さ.
 */
export function nameCollator(): Intl.Collator {
  // Made at first use: ICU's ja rules take ~5 ms to load, which a run of the command line on an
  // edge list never needs.
  return (collator ??= new Intl.Collator("ja", { sensitivity: "base", numeric: true }));
}
let collator: Intl.Collator | null = null;

/** The text a person sorts by: the reading when there is one, else the name. */
export function sortKeyOf(p: { readonly name: string; readonly reading?: string | undefined }): string {
  const reading = p.reading?.trim();
  return reading ? reading : p.name;
}

/** Comparator for people (or anything with a name and an optional reading) in display order. */
export function compareByReading(
  a: { readonly name: string; readonly reading?: string | undefined },
  b: { readonly name: string; readonly reading?: string | undefined },
): number {
  const c = nameCollator();
  return c.compare(sortKeyOf(a), sortKeyOf(b)) || c.compare(a.name, b.name);
}

const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;

/**
 * Katakana folded to hiragana (サトウ → さとう), for readings and search only: a reading is
 * typed in either kana, but as a name さくら and サクラ can be a deliberate choice, so
 * normaliseName keeps them apart.
 */
export function foldKana(s: string): string {
  return s.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

// Find-as-you-type searches every name on each keystroke (30,000 in a big import): keys are
// remembered, and the memo is dropped whole when it grows past a bound.
const READING_KEYS = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/** The key for searching and matching readings: normaliseName with kana folded. */
export function readingKey(s: string): string {
  const known = READING_KEYS.get(s);
  if (known !== undefined) return known;
  if (READING_KEYS.size >= MAX_REMEMBERED) READING_KEYS.clear();
  const key = foldKana(normaliseName(s));
  READING_KEYS.set(s, key);
  return key;
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

/**
 * The key of find-as-you-type on the map: readingKey without any space, so that "鈴木花子",
 * "すずき はなこ" (reading スズキ ハナコ) and "satoyui" (Sato Yui) all find their person. Only for
 * searching: as a name, "Li Na" and "Lina" stay different (normaliseName).
 */
export function searchKey(s: string): string {
  return readingKey(s).replace(/ /g, "");
}
