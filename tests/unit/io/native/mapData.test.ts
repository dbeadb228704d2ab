// Census answers, interview progress and layout provenance are part of the native file (format
// version 2); a version 1 file, which had none of them, opens with every position as placed by hand.
import { describe, expect, it } from "vitest";
import {
  addAlter,
  answerCensusNo,
  createDocument,
  mapId,
  personId,
  setInterview,
  setLayoutPositions,
  setPositions,
  tieId,
} from "../../../../src/domain/model";
import { exportMap } from "../../../../src/io/export/exportMap";
import { importFile } from "../../../../src/io/import";
import { NATIVE_VERSION, parseNative, serializeNative } from "../../../../src/io/native";
import { layoutPositions } from "../../../../src/render/layouts/positions";
import { NODE_OPTIONS } from "../import/helpers";

const ego = personId("ego");
const aki = personId("aki");
const ben = personId("ben");

const VERSION_1 = JSON.stringify({
  format: "tsunagari-map",
  formatVersion: 1,
  document: {
    id: "old",
    title: "Saved by version 1",
    egoId: "ego",
    people: {
      ego: { id: "ego", name: "Me", communityIds: [] },
      aki: { id: "aki", name: "Aki", communityIds: [] },
      ben: { id: "ben", name: "Ben", communityIds: [] },
    },
    communities: {},
    ties: {
      "aki~ego": { id: "aki~ego", a: "aki", b: "ego", answers: {} },
      "ben~ego": { id: "ben~ego", a: "ben", b: "ego", answers: {} },
    },
    positions: { aki: { x: 120, y: -40 }, ben: { x: -3, y: 9 } },
    createdAt: "2025-01-01T00:00:00Z",
    updatedAt: "2025-01-02T00:00:00Z",
  },
});

function parseOk(text: string) {
  const r = parseNative(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function mapWithData() {
  let doc = createDocument({ id: mapId("m"), title: "Map", egoId: ego, egoName: "Me", now: "2026-01-01T00:00:00Z" });
  doc = addAlter(addAlter(doc, { id: aki, name: "Aki" }), { id: ben, name: "Ben" });
  doc = setLayoutPositions(doc, { [aki]: { x: 10, y: 20 } });
  doc = setPositions(doc, { [ben]: { x: -5, y: 6 } });
  doc = answerCensusNo(doc, aki, ben);
  return setInterview(doc, { step: "advice", mentions: { job: [aki], advice: [ben] } });
}

describe("native format version 3", () => {
  it("is the version written", () => {
    expect(NATIVE_VERSION).toBe(3);
    expect(JSON.parse(serializeNative(mapWithData())).formatVersion).toBe(3);
  });

  it("opens a version 2 file with no snapshots, an empty plan and no client", () => {
    const file = JSON.parse(serializeNative(mapWithData()));
    file.formatVersion = 2;
    delete file.document.snapshots;
    delete file.document.actions;
    const doc = parseOk(JSON.stringify(file));
    expect(doc.snapshots).toEqual([]);
    expect(doc.actions).toEqual([]);
    expect(doc.client).toBeUndefined();
    expect(doc.censusNo).toEqual([tieId(aki, ben)]);
  });

  it("opens a version 1 file with its positions as placed by hand and no census or interview", () => {
    const doc = parseOk(VERSION_1);
    expect(doc.positions).toEqual({ aki: { x: 120, y: -40 }, ben: { x: -3, y: 9 } });
    expect(doc.censusNo).toEqual([]);
    expect(doc.interview).toBeNull();
    // Placed by hand: kept in the rings as well.
    expect(layoutPositions(doc, "rings")[aki]).toEqual({ x: 120, y: -40 });
  });

  it("keeps census answers, interview progress and which positions a layout wrote through a file", () => {
    const doc = mapWithData();
    const [file] = exportMap(doc, "native");
    const imported = importFile(file!.name, new TextEncoder().encode(file!.text), NODE_OPTIONS);
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const back = imported.value.doc;
    expect(back.censusNo).toEqual([tieId(aki, ben)]);
    expect(back.interview).toEqual({ step: "advice", mentions: { job: [aki], advice: [ben] } });
    expect(back.positions[aki]).toEqual({ x: 10, y: 20, source: "layout" });
    expect(back.positions[ben]).toEqual({ x: -5, y: 6 });
    expect(parseOk(serializeNative(doc))).toEqual(doc);
  });

  it("names the field when the interview step or a position's source is unknown", () => {
    const file = JSON.parse(serializeNative(mapWithData()));
    file.document.interview.step = "lunch";
    expect(parseNative(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "document.interview.step" },
    });
    const other = JSON.parse(serializeNative(mapWithData()));
    other.document.positions.aki.source = "magic";
    expect(parseNative(JSON.stringify(other))).toMatchObject({
      ok: false,
      error: { kind: "invalid", path: "document.positions.aki.source" },
    });
  });
});
