// LinkedIn "Connections.csv" (Settings → Data privacy → Get a copy of your data). The file opens
// with a few "Notes:" lines, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On`. Each row is one
// connection: the user is the ego, tied to everyone with strength unknown (flagged for rating);
// the company becomes a community with a guessed sphere (third place for NPOs, associations,
// study groups…; else work — see domain/insights/sphereGuess); CJK names are written family-name
// first like in the vCard and CSV importers (joinNameParts); the position and date go into the note.
import { guessCompanySphere } from "../../domain/insights/sphereGuess";
import { joinNameParts } from "../../domain/model";
import { err, type Result } from "../../domain/result";
import { parseCsvTable } from "./csvTable";
import { contactListImport, DocBuilder } from "./docBuilder";
import type { ImportError, ImportWarning, ImportedMap } from "./types";

export const LINKEDIN_HEADER = [
  "First Name",
  "Last Name",
  "URL",
  "Email Address",
  "Company",
  "Position",
  "Connected On",
];

const isHeader = (cells: readonly string[]): boolean =>
  cells[0]?.replace(/^\uFEFF/u, "") === "First Name" && cells.includes("Last Name");

/** True when the text looks like a LinkedIn connections export (header within the first lines). */
export function isLinkedInExport(text: string): boolean {
  const head = text.slice(0, 2000);
  return /(^|\n)\uFEFF?"?First Name"?,"?Last Name"?,/u.test(head) && /Connected On/u.test(head);
}

export interface LinkedInOptions {
  readonly egoName?: string;
  readonly title?: string;
}

export function parseLinkedIn(
  file: string,
  text: string,
  options: LinkedInOptions = {},
): Result<ImportedMap, ImportError> {
  const table = parseCsvTable(file, text, isHeader);
  if (!table.ok) return table;
  const { headers, rows, lines } = table.value;
  const col = (name: string): number => headers.indexOf(name);
  for (const required of ["First Name", "Last Name"]) {
    if (col(required) < 0) return err({ kind: "missingColumn", file, column: required });
  }
  const [first, last, url, company, position, connected] = [
    "First Name",
    "Last Name",
    "URL",
    "Company",
    "Position",
    "Connected On",
  ].map(col);
  const b = new DocBuilder(options.title ?? "LinkedIn", { name: options.egoName ?? "You" });
  const warnings: ImportWarning[] = [];
  // The profile URL identifies a person better than the name (two "Ken Sato"s are two people).
  const byUrl = new Map<string, ReturnType<DocBuilder["addPerson"]>>();
  let duplicates = 0;
  for (const [i, row] of rows.entries()) {
    const cell = (c: number | undefined): string => (c === undefined || c < 0 ? "" : (row[c] ?? "").trim());
    // Japanese exports carry 健太 / 中村 in First / Last Name: written family-name first, "中村 健太".
    const name = joinNameParts(cell(first), cell(last));
    if (!name) {
      warnings.push({ kind: "skippedRow", line: lines[i] ?? 0, reason: "noName" });
      continue;
    }
    const job = [cell(position), cell(company)].filter(Boolean).join(" @ ");
    const note = [job, cell(connected) ? `LinkedIn: ${cell(connected)}` : ""].filter(Boolean).join(" · ");
    const fields = {
      name,
      ...(note ? { note } : {}),
      // A guess the import review asks the user to confirm: NPOs, associations… → third place.
      communities: cell(company)
        ? [{ name: cell(company), sphere: guessCompanySphere(cell(company), [{ name }]) ?? "work" }]
        : [],
    };
    const key = cell(url).toLowerCase().replace(/\/+$/u, "");
    const seen = key ? byUrl.get(key) : undefined;
    let id;
    if (seen) {
      duplicates++;
      b.enrich(seen, fields);
      id = seen;
    } else {
      // Different URLs with one name are different people; rows without a URL merge by name.
      id = key ? b.addPerson(fields) : b.mergePerson(fields);
      if (key) byUrl.set(key, id);
    }
    b.tie(b.egoId, id);
  }
  if (b.personCount() <= 1) return err({ kind: "noPeople", file });
  return contactListImport(b, "linkedin", file, options.egoName, warnings, duplicates + b.duplicates);
}
