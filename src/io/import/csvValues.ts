// Typed cell readers for spreadsheet imports. Each returns the value, or null when the cell
// cannot mean it (the caller reports badRow with the line and field). Empty cells are
// "not answered" and read as undefined. Scales follow the tie model (strength.ts): strength
// 0..1, Likert 1..5, contacts per year or often/occasionally/rarely.
import type { FrequencyCategory, Likert, Sphere, TieAnswers } from "../../domain/model";
import type { ExpectedValue } from "./types";
import { hasOwn, getOwn } from "../../domain/model";

type Reader<T> = (cell: string) => T | null | undefined;

/** ASCII digits and points only: what NFKC and the comma and percent rewrites leave as it is. */
const PLAIN_NUMBER = /^[0-9.]+$/u;

/**
 * A number cell: full-width digits (NFKC), a decimal comma and a trailing "%" allowed. A plain
 * "0.84" skips the rewrites (an edge list's weight column: 10,000 cells at 5,000 ties).
 */
const num = (cell: string): number =>
  PLAIN_NUMBER.test(cell) ? Number(cell) : Number(cell.normalize("NFKC").replace(/,/gu, ".").replace(/%$/u, ""));

const STRENGTH_WORDS: Readonly<Record<string, number>> = {
  strong: 0.75,
  weak: 0.35,
  "very weak": 0.1,
  強い: 0.75,
  弱い: 0.35,
  とても弱い: 0.1,
  強: 0.75,
  弱: 0.35,
};

/**
 * A strength column's scale is decided by its largest value, so that a 1..5 rating of "1" means
 * weakest, not 1.0: max ≤ 1 → as is; ≤ 5 → (v − 1) / 4; ≤ 10 → v / 10; ≤ 100 → v / 100.
 */
export function strengthScale(cells: readonly string[]): number {
  let max = 0;
  for (const c of cells) {
    const v = num(c.trim());
    if (Number.isFinite(v) && !c.trim().endsWith("%")) max = Math.max(max, v);
  }
  return max <= 1 ? 1 : max <= 5 ? 5 : max <= 10 ? 10 : 100;
}

export function readStrength(cell: string, scale: number): number | null | undefined {
  const c = cell.trim().toLowerCase();
  if (c === "") return undefined;
  if (hasOwn(STRENGTH_WORDS, c)) return getOwn(STRENGTH_WORDS, c) ?? null;
  const v = num(c);
  if (!Number.isFinite(v) || v < 0) return null;
  if (c.endsWith("%")) return v <= 100 ? v / 100 : null;
  if (v > scale) return null;
  if (scale === 5) return v >= 1 ? (v - 1) / 4 : null;
  return v / scale;
}

export const readLikert: Reader<Likert> = (cell) => {
  if (cell.trim() === "") return undefined;
  const v = num(cell.trim());
  return Number.isInteger(v) && v >= 1 && v <= 5 ? (v as Likert) : null;
};

const FREQUENCY_WORDS: Readonly<Record<string, number | FrequencyCategory>> = {
  often: "often",
  occasionally: "occasionally",
  rarely: "rarely",
  sometimes: "occasionally",
  seldom: "rarely",
  daily: 365,
  weekly: 52,
  monthly: 12,
  yearly: 1,
  annually: 1,
  毎日: 365,
  毎週: 52,
  週1: 52,
  毎月: 12,
  月1: 12,
  毎年: 1,
  年1: 1,
  よく: "often",
  頻繁: "often",
  時々: "occasionally",
  ときどき: "occasionally",
  たまに: "occasionally",
  まれ: "rarely",
  稀: "rarely",
  めったにない: "rarely",
  ほとんどない: "rarely",
};

/** Contacts per year (a number ≥ 0) or a category word, English or Japanese. */
export const readFrequency: Reader<Pick<TieAnswers, "frequencyPerYear" | "frequencyCategory">> = (cell) => {
  const c = cell.trim().normalize("NFKC").toLowerCase();
  if (c === "") return undefined;
  const word = getOwn(FREQUENCY_WORDS, c);
  if (typeof word === "number") return { frequencyPerYear: word };
  if (word !== undefined) return { frequencyCategory: word };
  const v = num(c);
  return Number.isFinite(v) && v >= 0 ? { frequencyPerYear: v } : null;
};

const SPHERE_WORDS: Readonly<Record<string, Sphere>> = {
  family: "family",
  home: "family",
  relatives: "family",
  kin: "family",
  家族: "family",
  親戚: "family",
  家庭: "family",
  work: "work",
  workplace: "work",
  job: "work",
  office: "work",
  colleagues: "work",
  business: "work",
  仕事: "work",
  職場: "work",
  会社: "work",
  同僚: "work",
  third: "third",
  "third place": "third",
  hobby: "third",
  friends: "third",
  community: "third",
  other: "third",
  サードプレイス: "third",
  趣味: "third",
  友人: "third",
  友達: "third",
  地域: "third",
  その他: "third",
};

export const readSphere: Reader<Sphere> = (cell) => {
  const c = cell.trim().normalize("NFKC").toLowerCase();
  if (c === "") return undefined;
  return getOwn(SPHERE_WORDS, c) ?? null;
};

export interface CellProblem {
  readonly field: string;
  readonly value: string;
  readonly expected: ExpectedValue;
}

type TieColumns = Partial<
  Record<"strength" | "frequency" | "frequencyCategory" | "closeness" | "intimacy" | "services", number>
>;

/** The Likert answers and the columns they are read from. */
const LIKERTS = [
  ["emotional", "closeness"],
  ["intimacy", "intimacy"],
  ["services", "services"],
] as const;
const FREQUENCY_COLUMNS = ["frequencyCategory", "frequency"] as const;

/**
 * Reads the tie columns of one row into answers and a weight, or names the first bad cell. (No
 * array or closure per row: an edge list calls it once per tie.)
 */
export function readTieCells(
  row: readonly string[],
  m: TieColumns,
  headers: readonly string[],
  scale = 1,
): { answers: TieAnswers; weight?: number } | CellProblem {
  const answers: { -readonly [K in keyof TieAnswers]: TieAnswers[K] } = {};
  for (const key of FREQUENCY_COLUMNS) {
    const col = m[key];
    if (col === undefined) continue;
    const f = readFrequency(row[col] ?? "");
    if (f === null) return problem(row, headers, col, "frequency");
    if (f) Object.assign(answers, f);
  }
  for (const [key, column] of LIKERTS) {
    const col = m[column];
    if (col === undefined) continue;
    const v = readLikert(row[col] ?? "");
    if (v === null) return problem(row, headers, col, "likert");
    if (v !== undefined) answers[key] = v;
  }
  const col = m.strength;
  const w = col === undefined ? undefined : readStrength(row[col] ?? "", scale);
  if (w === null) return problem(row, headers, col, "strength");
  return w === undefined ? { answers } : { answers, weight: w };
}

function problem(
  row: readonly string[],
  headers: readonly string[],
  col: number | undefined,
  expected: ExpectedValue,
): CellProblem {
  return col === undefined
    ? { field: "", value: "", expected }
    : { field: headers[col] ?? `#${col + 1}`, value: row[col] ?? "", expected };
}

export function isProblem(x: object): x is CellProblem {
  return "expected" in x;
}
