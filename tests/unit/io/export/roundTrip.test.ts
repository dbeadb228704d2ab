// native → each export format → import: which fields each format carries back.
//   native, SVG/PNG with editable data: the whole document, equal.
//   CSV (people.csv + ties.csv): ids, names, readings, notes, communities + spheres, the ego,
//     every tie with Granovetter's answers and strength (a bare rating comes back rounded to 0.001);
//     no positions, no community notes or profiles.
//   GEXF and GraphML: ids, names, readings, notes (line breaks included), communities + spheres,
//     the ego, every tie with answers, rating and strength, positions; no community notes or
//     profiles, no what-if (planned) flags on import.
import { describe, expect, it } from "vitest";
import {
  checkInvariants,
  setPositions,
  strengthOfTie,
  updatePerson,
  type MapDocument,
  type PersonId,
} from "../../../../src/domain/model";
import { exportMap, type ExportFormat } from "../../../../src/io/export";
import { importFile, parseCsvMap, type ImportedMap } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";
import { sampleNetwork } from "../../support/documents";

function sample(): MapDocument {
  const doc = updatePerson(sampleNetwork(), {
    id: "sasaki" as PersonId,
    note: '同期\nline two, with "quotes" & <tags>',
  });
  const positions = Object.fromEntries(
    Object.keys(doc.people).map((id, i) => [id, { x: i * 10.5 - 3, y: 7 - i * 3.25 }]),
  );
  return setPositions(doc, positions);
}

/** What a user sees of a map: per person id, and per tie between two ids. */
function view(doc: MapDocument) {
  const people = Object.fromEntries(
    Object.values(doc.people).map((p) => [
      p.id,
      {
        name: p.name,
        reading: p.reading ?? "",
        note: p.note ?? "",
        communities: p.communityIds.map((c) => `${doc.communities[c]?.name}/${doc.communities[c]?.sphere}`).sort(),
        ego: p.id === doc.egoId,
      },
    ]),
  );
  const ties = Object.fromEntries(
    Object.values(doc.ties).map((t) => {
      const s = strengthOfTie(t);
      return [`${t.a}~${t.b}`, { answers: t.answers, strength: s === null ? null : Math.round(s * 1000) / 1000 }];
    }),
  );
  return { people, ties };
}

function reimport(doc: MapDocument, format: ExportFormat): ImportedMap {
  const files = exportMap(doc, format, { includeEditableData: true });
  const [first, second] = files;
  if (!first) throw new Error("no file");
  const r =
    format === "csv" && second
      ? parseCsvMap({
          people: { file: first.name, text: first.text },
          ties: { file: second.name, text: second.text },
        })
      : importFile(first.name, new TextEncoder().encode(first.text), { domParser: XmldomParser });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  expect(checkInvariants(r.value.doc)).toEqual([]);
  return r.value;
}

describe("export then import", () => {
  it("keeps the whole document through native JSON and SVG with editable data", () => {
    const doc = sample();
    expect(reimport(doc, "native").doc).toEqual(doc);
    expect(reimport(doc, "svg").doc).toEqual(doc);
  });

  it("keeps ids, people, communities, spheres, the ego, answers and strengths through CSV", () => {
    const doc = sample();
    const back = reimport(doc, "csv");
    expect(back.egoSource).toBe("file");
    expect(view(back.doc)).toEqual(view(doc));
    expect(Object.keys(back.doc.positions)).toHaveLength(0);
  });

  for (const format of ["gexf", "graphml"] as const) {
    it(`keeps people, communities, spheres, the ego, answers, ratings, strengths and positions through ${format}`, () => {
      const doc = sample();
      const back = reimport(doc, format);
      expect(view(back.doc)).toEqual(view(doc));
      expect(back.doc.positions).toEqual(doc.positions);
      const rated = Object.values(doc.ties).filter((t) => t.weight !== undefined);
      expect(rated.length).toBeGreaterThan(0);
      for (const t of rated) expect(back.doc.ties[t.id]?.weight).toBe(t.weight);
      expect(back.unratedTies).toEqual(
        Object.values(doc.ties)
          .filter((t) => strengthOfTie(t) === null)
          .map((t) => t.id),
      );
    });
  }

  it("keeps a note's line break, quotes and markup in GEXF and GraphML", () => {
    const doc = sample();
    const note = doc.people["sasaki" as PersonId]?.note;
    expect(reimport(doc, "graphml").doc.people["sasaki" as PersonId]?.note).toBe(note);
    expect(reimport(doc, "gexf").doc.people["sasaki" as PersonId]?.note).toBe(note);
  });
});
