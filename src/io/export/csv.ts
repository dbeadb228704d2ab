// Two CSV files (RFC 4180) for spreadsheets: people.csv (id, name, reading, communities,
// spheres, note, role) and ties.csv (ids and names of both ends, strength, Granovetter's items).
// UTF-8 with a BOM and CRLF so Japanese Excel opens them correctly; cells starting with
// = + - @, TAB or CR get a leading apostrophe so Excel never runs them as formulas (OWASP CSV
// injection lists all six); the importer removes it again.
import Papa from "papaparse";
import { getOwn, strengthOfTie, type MapDocument } from "../../domain/model";

const BOM = "\uFEFF";

export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cells = rows.map((r) =>
    r.map((v) => (v === undefined ? "" : typeof v === "number" ? String(v) : guardCell(v))),
  );
  return BOM + Papa.unparse(cells, { newline: "\r\n", quotes: false }) + "\r\n";
}

export const PEOPLE_CSV_HEADER = ["id", "name", "reading", "communities", "spheres", "note", "role"] as const;
export const TIES_CSV_HEADER = [
  "source_id",
  "target_id",
  "source",
  "target",
  "strength",
  "frequency_per_year",
  "frequency_category",
  "emotional",
  "intimacy",
  "services",
] as const;

export function serializePeopleCsv(doc: MapDocument): string {
  const egoTied = new Set<string>();
  for (const t of Object.values(doc.ties)) {
    if (t.a === doc.egoId) egoTied.add(t.b);
    if (t.b === doc.egoId) egoTied.add(t.a);
  }
  const rows = Object.values(doc.people).map((p) => {
    const cs = p.communityIds.map((c) => getOwn(doc.communities, c)).filter((c) => c !== undefined);
    const role = p.id === doc.egoId ? "ego" : egoTied.has(p.id) ? "alter" : "second_degree";
    return [
      p.id,
      p.name,
      p.reading,
      cs.map((c) => c.name).join("; "),
      cs.map((c) => c.sphere).join("; "),
      p.note,
      role,
    ];
  });
  return toCsv([[...PEOPLE_CSV_HEADER], ...rows]);
}

export function serializeTiesCsv(doc: MapDocument): string {
  const rows = Object.values(doc.ties).map((t) => {
    const s = strengthOfTie(t);
    const a = t.answers;
    return [
      t.a,
      t.b,
      getOwn(doc.people, t.a)?.name,
      getOwn(doc.people, t.b)?.name,
      s === null ? undefined : Math.round(s * 1000) / 1000,
      a.frequencyPerYear,
      a.frequencyCategory,
      a.emotional,
      a.intimacy,
      a.services,
    ];
  });
  return toCsv([[...TIES_CSV_HEADER], ...rows]);
}
