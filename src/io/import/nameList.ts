// A pasted list of names, one per line (from a chat, a note or an e-mail). List markers
// ("- ", "・", "1. ") are dropped; repeated names are merged. Like contacts, the list brings
// people, not ties: the user is the ego, tied to everyone with strength to be rated.
import { err, type Result } from "../../domain/result";
import { contactListImport, DocBuilder } from "./docBuilder";
import type { ImportError, ImportedMap } from "./types";

const MARKER = /^(?:[-*•・●○◦‣▪]\s*|\d{1,4}[.)）．、]\s*|[(（]\d{1,4}[)）]\s*)/u;

export function parseNameList(
  file: string,
  text: string,
  options: { readonly egoName?: string; readonly title?: string } = {},
): Result<ImportedMap, ImportError> {
  const names = text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n?|\n/u)
    .map((l) => l.trim().replace(MARKER, "").trim())
    .filter((l) => l !== "");
  if (names.length === 0) return err({ kind: "empty", file });
  const b = new DocBuilder(options.title ?? "", { name: options.egoName ?? "You" });
  for (const name of names) b.tie(b.egoId, b.mergePerson({ name: name.slice(0, 200) }));
  return contactListImport(b, "nameList", file, options.egoName);
}
