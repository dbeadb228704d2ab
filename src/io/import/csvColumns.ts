// Column mapping for spreadsheets: which column holds which field. guessColumns reads the
// header row (English and Japanese names, Excel-ish variants); the UI lets the user correct
// the guess and passes the mapping back explicitly. Values are column indices.

export const TIE_FIELDS = ["strength", "frequency", "frequencyCategory", "closeness", "intimacy", "services"] as const;
export const PEOPLE_FIELDS = [
  "id",
  "name",
  "givenName",
  "familyName",
  "reading",
  "communities",
  "company",
  "sphere",
  "note",
  "role",
  ...TIE_FIELDS,
] as const;
export const TIES_FIELDS = ["source", "target", "sourceId", "targetId", ...TIE_FIELDS] as const;

export type TieField = (typeof TIE_FIELDS)[number];
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
export type TiesField = (typeof TIES_FIELDS)[number];
export type CsvField = PeopleField | TiesField;

export type PeopleMapping = Partial<Record<PeopleField, number>>;
export type TiesMapping = Partial<Record<TiesField, number>>;
export type CsvKind = "people" | "ties";

const SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  id: ["id", "personid", "key", "nodeid"],
  name: ["name", "fullname", "displayname", "person", "contact", "label", "名前", "氏名", "お名前", "人物", "表示名"],
  givenName: ["firstname", "givenname", "first", "forename", "名", "名前(名)"],
  familyName: ["lastname", "familyname", "surname", "last", "姓", "苗字", "名字", "名前(姓)"],
  reading: [
    "reading",
    "furigana",
    "kana",
    "romaji",
    "ふりがな",
    "フリガナ",
    "よみがな",
    "ヨミガナ",
    "読み",
    "よみ",
    "読み仮名",
  ],
  communities: [
    "communities",
    "community",
    "groups",
    "group",
    "circle",
    "circles",
    "tags",
    "コミュニティ",
    "グループ",
    "所属",
    "サークル",
    "タグ",
  ],
  company: [
    "company",
    "organization",
    "organisation",
    "org",
    "employer",
    "workplace",
    "会社",
    "会社名",
    "勤務先",
    "組織",
    "職場",
  ],
  sphere: ["sphere", "spheres", "type", "category", "communitytype", "kind", "領域", "種類", "区分", "分類"],
  note: ["note", "notes", "memo", "comment", "comments", "description", "メモ", "備考", "コメント", "説明"],
  role: ["role", "役割"],
  source: [
    "source",
    "from",
    "person1",
    "persona",
    "a",
    "sourcename",
    "src",
    "node1",
    "ego",
    "人1",
    "人物1",
    "から",
    "元",
  ],
  target: [
    "target",
    "to",
    "person2",
    "personb",
    "b",
    "targetname",
    "dst",
    "node2",
    "alter",
    "人2",
    "人物2",
    "相手",
    "先",
  ],
  sourceId: ["sourceid", "fromid"],
  targetId: ["targetid", "toid"],
  strength: ["strength", "weight", "tiestrength", "score", "w", "value", "強さ", "強度", "つながりの強さ", "重み"],
  frequency: [
    "frequency",
    "frequencyperyear",
    "contactfrequency",
    "howoften",
    "contactsperyear",
    "頻度",
    "連絡頻度",
    "会う頻度",
  ],
  frequencyCategory: ["frequencycategory", "頻度区分"],
  closeness: ["closeness", "emotional", "emotionalintensity", "close", "親しさ", "親密さ", "親密度", "近さ"],
  intimacy: ["intimacy", "confiding", "trust", "打ち明け", "信頼", "相談"],
  services: ["services", "help", "reciprocity", "support", "助け合い", "支え合い"],
};

function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.・]/gu, "");
}

/** Best guess of the mapping for either kind of sheet: every field whose synonym names a header. */
export function guessColumns(headers: readonly string[]): Partial<Record<CsvField, number>> {
  const keys = headers.map(headerKey);
  const out: Partial<Record<CsvField, number>> = {};
  const used = new Set<number>();
  for (const field of Object.keys(SYNONYMS) as CsvField[]) {
    for (const syn of SYNONYMS[field]) {
      const i = keys.findIndex((k, idx) => k === headerKey(syn) && !used.has(idx));
      if (i >= 0) {
        out[field] = i;
        used.add(i);
        break;
      }
    }
  }
  return out;
}

/** Columns of an edge list without a header row: `source,target[,strength]`. */
export function headerlessTiesMapping(columns: number): TiesMapping {
  return columns > 2 ? { source: 0, target: 1, strength: 2 } : { source: 0, target: 1 };
}

/**
 * True when a sheet's first row is already a tie, not a header: two or three cells, none of them
 * a known column name, and a third cell (if any) that is a number (`me,ana,0.3`, `Alice,Bob`).
 */
export function isHeaderlessEdgeList(firstRow: readonly string[]): boolean {
  if (firstRow.length < 2 || firstRow.length > 3) return false;
  const strength = firstRow[2]?.trim() ?? "";
  if (strength !== "") return Number.isFinite(Number(strength));
  return Object.keys(guessColumns(firstRow)).length === 0;
}

/** A sheet with source and target columns lists ties; anything else lists people. */
export function guessCsvKind(headers: readonly string[]): CsvKind {
  const m = guessColumns(headers);
  return (m.source !== undefined || m.sourceId !== undefined) && (m.target !== undefined || m.targetId !== undefined)
    ? "ties"
    : "people";
}

export function peopleMapping(m: Partial<Record<CsvField, number>>): PeopleMapping {
  const out: PeopleMapping = {};
  for (const f of PEOPLE_FIELDS) if (m[f] !== undefined) out[f] = m[f];
  return out;
}

export function tiesMapping(m: Partial<Record<CsvField, number>>): TiesMapping {
  const out: TiesMapping = {};
  for (const f of TIES_FIELDS) if (m[f] !== undefined) out[f] = m[f];
  return out;
}

/** The mapped cells of the first rows, for the preview table under the mapping form. */
export function previewRows<F extends string>(
  rows: readonly (readonly string[])[],
  mapping: Partial<Record<F, number>>,
  limit = 5,
): Partial<Record<F, string>>[] {
  return rows.slice(0, limit).map((row) => {
    const out: Partial<Record<F, string>> = {};
    for (const [field, col] of Object.entries(mapping) as [F, number | undefined][]) {
      if (col !== undefined) out[field] = row[col] ?? "";
    }
    return out;
  });
}
