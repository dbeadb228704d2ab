// Spreadsheet import: a people list (one row per person, with communities, sphere, note and
// optionally how strong your tie is) and/or a tie list (source, target, strength columns).
// Tie ends are matched by id when the sheet carries ids (our own export), else by name.
// A people list without ego ties makes the user the ego, tied to everyone listed.
import { joinNameParts, normaliseName, type PersonId, type Sphere, type TieAnswers } from "../../domain/model";
import { err, ok, type Result } from "../../domain/result";
import {
  guessColumns,
  headerlessTiesMapping,
  isHeaderlessEdgeList,
  peopleMapping,
  tiesMapping,
  type PeopleMapping,
  type TiesMapping,
} from "./csvColumns";
import { parseCsvTable, type CsvTable } from "./csvTable";
import { isProblem, readSphere, readTieCells, strengthScale } from "./csvValues";
import { DocBuilder } from "./docBuilder";
import { splitList } from "./splitList";
import type { ImportError, ImportWarning, ImportedMap } from "./types";

export interface CsvSource {
  readonly file: string;
  readonly text: string;
  /** parseCsvTable(file, text), when the caller has it already (format detection): not parsed twice. */
  readonly table?: CsvTable;
}

export interface CsvImportOptions {
  readonly peopleMapping?: PeopleMapping;
  readonly tiesMapping?: TiesMapping;
  /** Your name as it appears in a tie list, when it is not "me" / "自分". */
  readonly egoName?: string;
  readonly title?: string;
  /** Sphere of communities whose sphere the sheet does not say. */
  readonly defaultSphere?: Sphere;
}

const EGO_WORDS = new Set(["me", "ego", "you", "self", "myself", "自分", "私", "わたし", "僕", "ぼく", "俺", "あなた"]);

/** True for the words a tie list uses for its author ("me", "自分", …): the ego. */
export function isEgoWord(name: string): boolean {
  return EGO_WORDS.has(normaliseName(name));
}

type RowTie = { answers: TieAnswers; weight?: number };

function checkColumns(file: string, table: CsvTable, m: Record<string, number | undefined>): ImportError | null {
  for (const [field, col] of Object.entries(m)) {
    if (col !== undefined && (col < 0 || col >= table.headers.length))
      return { kind: "missingColumn", file, column: field };
  }
  return null;
}

/** A headerless edge list's first row is a tie: made a row, under generic column names. */
function withoutHeader(t: CsvTable): CsvTable {
  return {
    headers: ["source", "target", "strength"].slice(0, t.headers.length),
    rows: [t.headers, ...t.rows],
    lines: [t.headerLine, ...t.lines],
    headerLine: t.headerLine,
  };
}

function column(table: CsvTable, col: number | undefined): string[] {
  return col === undefined ? [] : table.rows.map((r) => r[col] ?? "");
}

export function parseCsvMap(
  input: { readonly people?: CsvSource; readonly ties?: CsvSource },
  options: CsvImportOptions = {},
): Result<ImportedMap, ImportError> {
  const file = [input.people?.file, input.ties?.file].filter(Boolean).join(" + ");
  const b = new DocBuilder(options.title ?? "", { name: options.egoName ?? "You" });
  const warnings: ImportWarning[] = [];
  const byCsvId = new Map<string, PersonId>();
  const listed: { id: PersonId; tie: RowTie; role: string }[] = [];
  let egoSource: ImportedMap["egoSource"] = options.egoName ? "option" : "placeholder";
  const egoNames = new Set([...EGO_WORDS, ...(options.egoName ? [normaliseName(options.egoName)] : [])]);

  if (input.people) {
    const { file: pf, text, table } = input.people;
    const parsed = table ? ok(table) : parseCsvTable(pf, text);
    if (!parsed.ok) return parsed;
    const t = parsed.value;
    const m = options.peopleMapping ?? peopleMapping(guessColumns(t.headers));
    const bad = checkColumns(pf, t, m);
    if (bad) return err(bad);
    if (m.name === undefined && m.givenName === undefined && m.familyName === undefined) {
      return err({ kind: "missingColumn", file: pf, column: "name" });
    }
    const scale = strengthScale(column(t, m.strength));
    for (const [i, row] of t.rows.entries()) {
      const line = t.lines[i] ?? 0;
      const cell = (c: number | undefined): string => (c === undefined ? "" : (row[c] ?? "").trim());
      const given = cell(m.givenName);
      const family = cell(m.familyName);
      const name = cell(m.name) || joinNameParts(given, family);
      if (!name) {
        warnings.push({ kind: "skippedRow", line, reason: "noName" });
        continue;
      }
      const names = splitList(cell(m.communities));
      const sphereCells = splitList(cell(m.sphere));
      const spheres: Sphere[] = [];
      for (const s of sphereCells) {
        const v = readSphere(s);
        if (v === null)
          return err({
            kind: "badRow",
            file: pf,
            line,
            field: t.headers[m.sphere ?? 0] ?? "",
            value: s,
            expected: "sphere",
          });
        if (v) spheres.push(v);
      }
      const fallback = spheres[0] ?? options.defaultSphere ?? "third";
      const communities = names.map((n, k) => ({ name: n, sphere: spheres[k] ?? fallback }));
      if (cell(m.company)) communities.push({ name: cell(m.company), sphere: "work" });
      const tie = readTieCells(row, m, t.headers, scale);
      if (isProblem(tie)) return err({ kind: "badRow", file: pf, line, ...tie });
      const role = cell(m.role).toLowerCase();
      const fields = { name, reading: cell(m.reading), note: cell(m.note), communities };
      if (role === "ego") {
        b.enrich(b.egoId, fields);
        egoSource = "file";
        if (cell(m.id)) byCsvId.set(cell(m.id), b.egoId);
        continue;
      }
      const csvId = cell(m.id);
      const known = csvId ? byCsvId.get(csvId) : undefined;
      const id = known ?? (csvId ? b.addPerson({ ...fields, id: csvId }) : b.mergePerson(fields));
      if (known) b.enrich(known, fields);
      if (csvId) byCsvId.set(csvId, id);
      listed.push({ id, tie, role });
    }
  }

  let hasEgoTies = false;
  if (input.ties) {
    const { file: tf, text, table } = input.ties;
    const parsed = table ? ok(table) : parseCsvTable(tf, text);
    if (!parsed.ok) return parsed;
    const headerless = options.tiesMapping === undefined && isHeaderlessEdgeList(parsed.value.headers);
    const t = headerless ? withoutHeader(parsed.value) : parsed.value;
    const m =
      options.tiesMapping ??
      (headerless ? headerlessTiesMapping(t.headers.length) : tiesMapping(guessColumns(t.headers)));
    const bad = checkColumns(tf, t, m);
    if (bad) return err(bad);
    if (m.source === undefined && m.sourceId === undefined)
      return err({ kind: "missingColumn", file: tf, column: "source" });
    if (m.target === undefined && m.targetId === undefined)
      return err({ kind: "missingColumn", file: tf, column: "target" });
    const scale = strengthScale(column(t, m.strength));
    // Each name as written → whom it named the first time: an edge list names everyone about
    // 2·ties/people times, and the answer cannot change (a name's key keeps its first person),
    // so the later ones skip normaliseName (Unicode NFKC) and the lookups.
    const named = new Map<string, PersonId>();
    // The row being read (the helpers below are made once, not once per row).
    let row: readonly string[] = [];
    const cell = (c: number | undefined): string => (c === undefined ? "" : (row[c] ?? "").trim());
    const end = (idCol: number | undefined, nameCol: number | undefined): PersonId | undefined => {
      const byId = byCsvId.get(cell(idCol));
      if (byId) return byId;
      const name = cell(nameCol) || cell(idCol);
      if (!name) return undefined;
      const seen = named.get(name);
      if (seen !== undefined) return seen;
      let id: PersonId;
      if (egoNames.has(normaliseName(name))) {
        if (egoSource === "placeholder") egoSource = "file";
        id = b.egoId;
      } else id = b.findByName(name) ?? b.mergePerson({ name });
      named.set(name, id);
      return id;
    };
    for (let i = 0; i < t.rows.length; i++) {
      row = t.rows[i]!;
      const line = t.lines[i] ?? 0;
      const a = end(m.sourceId, m.source);
      const c = end(m.targetId, m.target);
      if (!a || !c) {
        warnings.push({ kind: "skippedRow", line, reason: "noEnds" });
        continue;
      }
      if (a === c) {
        warnings.push({ kind: "skippedRow", line, reason: "selfTie" });
        continue;
      }
      const tie = readTieCells(row, m, t.headers, scale);
      if (isProblem(tie)) return err({ kind: "badRow", file: tf, line, ...tie });
      b.tie(a, c, tie);
      if (a === b.egoId || c === b.egoId) hasEgoTies = true;
    }
  }

  for (const p of listed) {
    if (!hasEgoTies && p.role !== "second_degree") b.tie(b.egoId, p.id, p.tie);
  }
  if (b.personCount() <= 1) return err({ kind: "noPeople", file });
  if (b.duplicates > 0) warnings.push({ kind: "mergedDuplicates", count: b.duplicates });
  return ok({
    format: input.ties ? "csvTies" : "csvPeople",
    file,
    doc: b.build(),
    egoSource,
    unratedTies: b.unratedTies(),
    warnings,
  });
}
