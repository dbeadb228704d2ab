// Cells that list several values (communities, categories): split on the separators people
// type in either language. Names themselves are normalised in domain/model/names.ts.

/** Splits a cell listing several values: "A; B", "A|B", "A、B", "A／B". */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;|、，／\n]/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
