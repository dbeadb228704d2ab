// Anonymised files carry no original id: the sample's person ids are romanised names ("sasaki"),
// tie ids are built from them ("ego~mother") and the map id names the owner ("sample-takahashi").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeReport } from "../../../../src/domain/insights/report";
import { snapshotScores } from "../../../../src/domain/growth/snapshot";
import type { MapDocument } from "../../../../src/domain/model";
import {
  anonymiseDocument,
  embedMapInPng,
  exportMap,
  neutralScene,
  neutraliseIds,
  readITxt,
  MAP_KEYWORD,
  type AnonymiseOptions,
  type ExportFormat,
} from "../../../../src/io/export";
import { importFile } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";
import { buildScene } from "../../../../src/scene/buildScene";
import { estimateTextWidth } from "../../../../src/scene/measure";
import { sceneToSvg } from "../../../../src/scene/svg";
import { DEFAULT_SCENE_VIEW } from "../../../../src/io/export/svg";
import { sampleNetwork } from "../../support/documents";

const MODES: AnonymiseOptions[] = [{ mode: "numbered" }, { mode: "initials" }];

/**
 * Every original id of length ≥ 3 (people, ties, the map) and every full name and reading of the
 * sample. Community ids are not among them: they are the community names, which the anonymised
 * map keeps on purpose.
 */
function secrets(doc: MapDocument): string[] {
  const out = new Set<string>([doc.id]);
  for (const p of Object.values(doc.people)) {
    // The ego's id "ego" names nobody, and CSV, GEXF and GraphML write the role "ego" anyway.
    if (p.id !== "ego") out.add(p.id);
    out.add(p.name);
    if (p.reading) out.add(p.reading);
  }
  for (const t of Object.values(doc.ties)) out.add(t.id);
  return [...out].filter((s) => [...s].length >= 3);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * The secrets found in `text`, case-insensitive ("Sasaki" leaks "sasaki"), each as a whole word:
 * the id "ono" is not found inside "monospace".
 */
function leaks(text: string, list: readonly string[]): string[] {
  return list.filter((s) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, "iu").test(text));
}

const plainPng = (): Uint8Array => new Uint8Array(readFileSync("tests/fixtures/import/plain.png"));

describe("anonymised exports with neutral ids", () => {
  const doc = sampleNetwork();
  const list = secrets(doc);
  const positions = Object.fromEntries(Object.keys(doc.people).map((id, i) => [id, { x: i * 10, y: i * 5 }]));

  it("the sample's secrets are what the test looks for (ids are names)", () => {
    expect(list).toContain("sasaki");
    expect(list).toContain("ego~mother");
    expect(list).toContain("sample-takahashi");
    // Without neutral ids the anonymised native file would leak them.
    expect(leaks(JSON.stringify(anonymiseDocument(doc, { mode: "numbered" })), list)).toContain("sasaki");
  });

  for (const anonymise of MODES)
    for (const format of ["native", "csv", "gexf", "graphml", "svg"] as ExportFormat[])
      it(`${format} (${anonymise.mode}) contains no original id, tie id or name`, () => {
        const files = exportMap(doc, format, { anonymise, positions, includeEditableData: true });
        for (const f of files) expect(leaks(f.text, list), f.name).toEqual([]);
      });

  it("the map embedded in a PNG has no original id", () => {
    const shown = anonymiseDocument(doc, { mode: "numbered" });
    const text = readITxt(embedMapInPng(plainPng(), shown, true), MAP_KEYWORD) ?? "";
    expect(text).toContain('"p0"');
    expect(leaks(text, list)).toEqual([]);
  });

  it("the picture's SVG (scene by original ids) gets neutral data-* attributes", () => {
    const shown = anonymiseDocument(doc, { mode: "numbered" });
    const scene = buildScene(shown, null, DEFAULT_SCENE_VIEW, {
      width: 800,
      height: 600,
      measureText: estimateTextWidth,
      title: null,
      legend: null,
      background: "white",
      positions,
    });
    expect(leaks(sceneToSvg(scene), list)).toContain("sasaki");
    const svg = sceneToSvg(neutralScene(scene, neutraliseIds(shown)));
    expect(svg).toContain('data-id="p0"');
    expect(leaks(svg, list)).toEqual([]);
  });

  it("the anonymised native file re-imports to the same structure and scores", () => {
    const shown = anonymiseDocument(doc, { mode: "numbered" });
    const [file] = exportMap(doc, "native", { anonymise: { mode: "numbered" } });
    if (!file) throw new Error("no file");
    const r = importFile(file.name, new TextEncoder().encode(file.text), { domParser: XmldomParser });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const back = r.value.doc;
    expect(Object.keys(back.people)).toHaveLength(Object.keys(doc.people).length);
    expect(Object.keys(back.ties)).toHaveLength(Object.keys(doc.ties).length);
    expect(Object.keys(back.communities)).toHaveLength(Object.keys(doc.communities).length);
    expect(Object.keys(back.positions)).toHaveLength(Object.keys(doc.positions).length);
    expect(back.censusNo).toHaveLength(doc.censusNo.length);
    expect(back.people[back.egoId]?.name).toBe(shown.people[shown.egoId]?.name);
    const direct = snapshotScores(shown, computeReport(shown));
    const reimported = snapshotScores(back, computeReport(back));
    expect(direct.bridging).not.toBeNull();
    expect(reimported).toEqual(direct);
  });
});
