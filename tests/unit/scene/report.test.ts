import { describe, expect, it } from "vitest";
import { redundantCircles } from "../../../src/domain/insights/circles";
import { confidenceOf } from "../../../src/domain/insights/confidence";
import { computeReport, egoAnalysisOf, rankedAlters } from "../../../src/domain/insights/report";
import { bridgingSentence, diversitySentence } from "../../../src/domain/insights/sentences";
import { suggestionsFor } from "../../../src/domain/insights/suggestions";
import type { EgoAnalysis } from "../../../src/domain/metrics/egoAnalysis";
import { addAlter, createDocument, getOwn, mapId, personId, type MapDocument } from "../../../src/domain/model";
import { createI18n, type Language } from "../../../src/i18n";
import { buildReport, REPORT_SUGGESTIONS, type ReportModel, type ReportText } from "../../../src/scene/report";
import type { Op } from "../../../src/scene/reportBlocks";
import { textBox } from "../../../src/scene/reportBlocks";
import { layoutReport, PAGE_MARGIN, PAGE_SIZE, type ReportSize } from "../../../src/scene/reportPage";
import { nestSvg, reportToSvg } from "../../../src/scene/reportSvg";
import type { Box, SceneLegendItem } from "../../../src/scene/types";
import { reportText } from "../../../src/ui/report/reportText";
import { legendTable } from "../../../src/scene/legend";
import { legendText } from "../../../src/ui/legendText";
import { sampleNetwork } from "../support/documents";
import { fakeMeasure } from "./measure";

const FAMILY = "sans-serif";
const doc = sampleNetwork();
const ego = egoAnalysisOf(computeReport(doc), doc.egoId) as EgoAnalysis;
const MAP = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="720" viewBox="0 0 1000 720"><circle cx="1" cy="1" r="1"/></svg>`;

/** Texts that name their key: what the report says can be traced to the rule that said it. */
const echo: ReportText = {
  lang: "en",
  kicker: "kicker",
  title: "title",
  date: "date",
  scoresHeading: "scores",
  bridgingLabel: "bridging",
  diversityLabel: "diversity",
  outOf: "/100",
  notEnoughData: "not enough data",
  atMost: "at most",
  sourcesHeading: "sources",
  sourcesIntro: "intro",
  circlesHeading: "circles",
  circlesNone: "no circles",
  suggestionsHeading: "suggestions",
  suggestionsNone: "no suggestions",
  howToHeading: "how",
  howTo: ["weak ties", "holes", "third place"],
  legendHeading: "legend",
  footer: "footer",
  separator: " | ",
  phrase: (p) => p.key,
  circle: (c) => `circle ${c.id}`,
  suggestion: (s) => ({ title: `title ${s.id}`, reason: `reason ${s.id}` }),
  number: (v) => (v === null ? "—" : v.toFixed(1)),
};

function realText(lang: Language, d: MapDocument): { text: ReportText; legend: SceneLegendItem[] } {
  const i18n = createI18n(lang);
  const tr = {
    lang,
    report: i18n.getFixedT(lang, "report"),
    insights: i18n.getFixedT(lang, "insights"),
    common: i18n.getFixedT(lang, "common"),
  };
  // The one legend table in the reader's words, as the export's scene carries it.
  const legend = legendTable(
    d,
    { colorBy: "sphere", sizeBy: "information_potential", outlines: true },
    null,
    false,
  ).map((e): SceneLegendItem => ({
    kind: e.kind,
    label: legendText(e, tr.insights),
    color: e.color,
    ...(e.style ? { style: e.style } : {}),
  }));
  return { text: reportText(tr, d, false, new Date("2026-12-01T10:00:00Z")), legend };
}

function model(lang: Language, d = doc): ReportModel {
  const { text, legend } = realText(lang, d);
  return buildReport({ doc: d, ego, text, mapSvg: () => MAP, legend });
}

const inside = (b: Box, page: Box): boolean =>
  b.x >= page.x - 0.01 &&
  b.y >= page.y - 0.01 &&
  b.x + b.w <= page.x + page.w + 0.01 &&
  b.y + b.h <= page.y + page.h + 0.01;
/** Overlap by more than half a pixel both ways (touching line boxes are fine). */
const overlap = (a: Box, b: Box): boolean =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
const texts = (ops: readonly Op[]) => ops.filter((o): o is Extract<Op, { kind: "text" }> => o.kind === "text");

describe("buildReport", () => {
  const m = buildReport({ doc, ego, text: echo, mapSvg: () => MAP, legend: [] });

  it("names the three sources the insights panel ranks highest, with the panel's three phrases each", () => {
    const top = rankedAlters(ego).slice(0, 3);
    expect(m.sources.map((s) => s.id)).toEqual(top);
    expect(m.sources.map((s) => s.name)).toEqual(top.map((id) => getOwn(doc.people, id as never)?.name));
    for (const s of m.sources) expect(s.why.split(" | ")).toHaveLength(3);
    // A line of the page reads as a sentence: it starts capitalised.
    expect(m.sources[0]?.why).toMatch(/^Why\./u);
  });

  it("gives both scores with the values and sentences of the insights", () => {
    expect(m.scores.map((s) => [s.id, s.shown])).toEqual([
      ["bridging", ego.summary.bridging_score?.toFixed(1)],
      ["diversity", ego.summary.diversity_score?.toFixed(1)],
    ]);
    // The sample records 8 % of its pairs: bridging carries the panel's "at most" caveat.
    expect(confidenceOf(ego.summary)).toBe("low");
    expect(m.scores.map((s) => s.sentence)).toEqual([
      `At most. ${bridgingSentence(ego.summary).key}`,
      diversitySentence(ego.summary).key,
    ]);
  });

  it("lists the closed circles and the first suggestions in the panel's order", () => {
    expect(m.circles).toEqual(
      redundantCircles(doc)
        .slice(0, 3)
        .map((c) => `circle ${c.id}`),
    );
    const expected = suggestionsFor(doc, ego).slice(0, REPORT_SUGGESTIONS);
    expect(m.suggestions.map((s) => s.title)).toEqual(expected.map((s) => `title ${s.id}`));
  });

  it("says so when there is no closed circle", () => {
    const open: MapDocument = {
      ...doc,
      ties: Object.fromEntries(
        Object.entries(doc.ties).filter(([, t]) => t.a === doc.egoId || t.b === doc.egoId),
      ) as MapDocument["ties"],
    };
    const r = buildReport({ doc: open, ego, text: echo, mapSvg: () => MAP, legend: [] });
    expect(r.circles).toEqual(["no circles"]);
  });

  it("draws the map it is given, once", () => {
    let calls = 0;
    const r = buildReport({ doc, ego, text: echo, mapSvg: () => (calls++, MAP), legend: [] });
    expect(calls).toBe(1);
    expect(r.mapSvg).toBe(MAP);
  });
});

describe("layoutReport on the 40-person sample", () => {
  for (const lang of ["en", "ja"] as const) {
    for (const size of ["a4-portrait", "a4-landscape"] as const satisfies readonly ReportSize[]) {
      it(`fits everything on one ${size} page in ${lang}, inside the margins, with no text over text or the map`, () => {
        const layout = layoutReport(model(lang), { size, measure: fakeMeasure, fontFamily: FAMILY });
        expect(layout.fits).toBe(true);
        expect(layout.bodySize).toBeGreaterThanOrEqual(9);
        const { width, height } = PAGE_SIZE[size];
        // The footer line may sit in the top 12 px of the bottom margin.
        const page = { x: PAGE_MARGIN, y: PAGE_MARGIN, w: width - 2 * PAGE_MARGIN, h: height - 2 * PAGE_MARGIN + 12 };
        const boxes = texts(layout.ops).map((t) => ({ t, box: textBox(t, FAMILY, fakeMeasure) }));
        for (const { t, box } of boxes) expect(inside(box, page), `${t.text} outside the page`).toBe(true);
        for (const { t, box } of boxes) expect(overlap(box, layout.map), `${t.text} over the map`).toBe(false);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            expect(overlap(a.box, b.box), `"${a.t.text}" overlaps "${b.t.text}"`).toBe(false);
          }
        // Every source, both scores and the map box are on the page.
        const all = texts(layout.ops)
          .map((t) => t.text)
          .join("");
        for (const s of rankedAlters(ego).slice(0, 3)) expect(all).toContain(getOwn(doc.people, s as never)?.name);
        expect(layout.map.h).toBeGreaterThan(height * 0.3);
      });
    }
  }

  it("steps the text down rather than leave anything out when there is more to say", () => {
    const base = model("en");
    const longer = { ...base, howTo: [...base.howTo, ...base.howTo, ...base.howTo] };
    const a = layoutReport(base, { size: "a4-portrait", measure: fakeMeasure, fontFamily: FAMILY });
    const b = layoutReport(longer, { size: "a4-portrait", measure: fakeMeasure, fontFamily: FAMILY });
    expect(b.fits).toBe(true);
    expect(b.bodySize * b.map.h).toBeLessThan(a.bodySize * a.map.h);
  });

  it("says it does not fit, and still draws nothing off the page, when the text is far too long", () => {
    const base = model("ja");
    const huge = { ...base, howTo: Array.from({ length: 40 }, () => base.howTo.join("")) };
    const layout = layoutReport(huge, { size: "a4-landscape", measure: fakeMeasure, fontFamily: FAMILY });
    expect(layout.fits).toBe(false);
    for (const t of texts(layout.ops))
      expect(t.y).toBeLessThanOrEqual(PAGE_SIZE["a4-landscape"].height - PAGE_MARGIN + 12);
  });
});

describe("reportToSvg", () => {
  it("writes an A4 page with the map nested in it and every name escaped", () => {
    const hostile = { ...doc, title: "<script>alert(1)</script>" };
    const { text, legend } = realText("en", hostile);
    const m = buildReport({ doc: hostile, ego, text, mapSvg: () => MAP, legend });
    const svg = reportToSvg(m, { size: "a4-portrait", measure: fakeMeasure, fontFamily: FAMILY });
    expect(svg).toMatch(/^<svg [^>]*width="210mm" height="297mm" viewBox="0 0 794 1123"/u);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg.match(/<svg /gu)).toHaveLength(2);
  });
});

describe("nestSvg", () => {
  it("places a standalone SVG in a box, keeping its viewBox and dropping its own size", () => {
    const out = nestSvg(`<?xml version="1.0"?>\n${MAP}`, { x: 10, y: 20, w: 300, h: 200 });
    expect(out).toMatch(
      /^<svg x="10" y="20" width="300" height="200" viewBox="0 0 1000 720" preserveAspectRatio="xMidYMid meet" xmlns=/u,
    );
    expect(out).not.toContain('width="1000"');
    expect(out).toContain('<circle cx="1"');
  });
});

describe("buildReport on a contact list (nothing recorded about who knows whom)", () => {
  it("withholds the bridging number as the panel does, and says why", () => {
    let list = createDocument({ id: mapId("l"), title: "LinkedIn", egoId: personId("me"), egoName: "Me", now: "" });
    for (const n of ["Aki", "Ben", "Chie", "Dai"]) list = addAlter(list, { id: personId(n), name: n });
    const listEgo = egoAnalysisOf(computeReport(list), list.egoId) as EgoAnalysis;
    expect(listEgo.summary.bridging_score).toBe(100);
    const bridging = buildReport({ doc: list, ego: listEgo, text: echo, mapSvg: () => MAP, legend: [] }).scores[0];
    expect(bridging).toMatchObject({ id: "bridging", value: null, shown: "not enough data" });
    expect(bridging?.sentence).toBe("confidence.bridgingNoData");
  });
});
