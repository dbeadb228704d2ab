// Dates and scores of snapshots as the Snapshots tab shows them.

/** The browser's locale when it is of the chosen language (en-GB: "2 Dec 2026"), else the language. */
function locale(language: string): string {
  const nav = typeof navigator === "undefined" ? "" : navigator.language;
  return nav.toLowerCase().startsWith(language.toLowerCase()) ? nav : language;
}

/** The default name of a new snapshot: the date in the user's locale ("Dec 2, 2026", "2026年12月2日"). */
export function defaultSnapshotName(date: Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    year: "numeric",
    month: language.startsWith("ja") ? "long" : "short",
    day: "numeric",
  }).format(date);
}

/** When a snapshot was taken, with the time ("Dec 2, 2026, 10:04"). */
export function snapshotDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: "medium", timeStyle: "short" }).format(date);
}
