// "Download a copy": the open map as a native file, saved through a same-origin blob URL.
import type { MapDocument } from "../../domain/model";
import { serializeNative } from "../../io/native";

export function mapFileName(doc: MapDocument): string {
  const base =
    [...doc.title]
      .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? " " : ch))
      .join("")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 80) || "map";
  return `${base}.tsunagari.json`;
}

export function downloadMapFile(doc: MapDocument): void {
  const blob = new Blob([serializeNative(doc)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = mapFileName(doc);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
