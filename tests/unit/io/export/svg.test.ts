import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  addPerson,
  communityId,
  createDocument,
  mapId,
  personId,
  setTie,
  addCommunity,
  type MapDocument,
} from "../../../../src/domain/model";
import { exportMap, renderSvg } from "../../../../src/io/export";
import { BAND_STYLE, dashArray } from "../../../../src/scene/styles";
import { importFile } from "../../../../src/io/import";
import { XmldomParser } from "../../../../src/io/import/xmldom";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "]]></metadata><script>x</script>",
  "&amp; &lt;b&gt;",
  "高橋 'single' \"double\"",
];

function hostileMap(): MapDocument {
  let doc = createDocument({
    id: mapId("m"),
    title: '<title>"x"</title>',
    egoId: personId("me"),
    egoName: "自分 <me>",
    now: "2026-01-01",
  });
  doc = addCommunity(doc, { id: communityId("c"), name: "<b>club</b>", sphere: "work" });
  HOSTILE.forEach((name, i) => {
    doc = addPerson(doc, { id: personId(`p${i}`), name, communityIds: [communityId("c")] });
    doc = setTie(doc, { a: personId("me"), b: personId(`p${i}`), weight: i / 5 });
  });
  return doc;
}

function textNodes(svg: string): { elements: string[]; texts: string[] } {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const elements: string[] = [];
  const texts: string[] = [];
  const walk = (n: { nodeName: string; childNodes?: ArrayLike<unknown>; textContent?: string | null }): void => {
    elements.push(n.nodeName);
    if (n.nodeName === "text") texts.push(n.textContent ?? "");
    for (const c of Array.from(n.childNodes ?? []) as (typeof n)[]) if (c.nodeName !== "#text") walk(c);
  };
  if (doc.documentElement) walk(doc.documentElement as unknown as Parameters<typeof walk>[0]);
  return { elements, texts };
}

describe("renderSvg", () => {
  it("keeps names with markup as inert text: no element is injected", () => {
    const svg = renderSvg(hostileMap(), {}, { title: "<script>t</script>", legend: true, includeEditableData: true });
    const { elements, texts } = textNodes(svg);
    expect(elements).not.toContain("script");
    expect(elements.filter((e) => e === "svg")).toHaveLength(1);
    expect(new Set(elements)).toEqual(
      new Set(["svg", "title", "metadata", "tsunagari:map", "rect", "text", "g", "line", "circle", "path"]),
    );
    for (const name of HOSTILE) expect(texts).toContain(name);
    expect(texts).toContain("<script>t</script>");
    expect(svg).not.toMatch(/<[^>]*\son\w+=/u);
  });

  it("returns coloured nodes, one line per tie with dashes for very weak ties, a legend and a CJK font stack", () => {
    const svg = renderSvg(hostileMap(), {}, { legend: true, background: "white" });
    const people = svg.slice(svg.indexOf('class="people"'), svg.indexOf('class="labels"'));
    expect(people.match(/<circle [^>]*fill="#0072B2"/gu)).toHaveLength(HOSTILE.length);
    expect(svg).toMatch(/font-family="[^"]*Noto Sans JP/u);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    const ties = svg.slice(svg.indexOf('class="ties"'), svg.indexOf('class="people"'));
    expect(ties.match(/<line /gu)).toHaveLength(HOSTILE.length);
    const dash = dashArray(BAND_STYLE.very_weak)
      .map((n) => Math.round(n * 10) / 10)
      .join(" ");
    expect(ties.match(new RegExp(`stroke-dasharray="${dash}"`, "gu"))).toHaveLength(1);
    expect(svg).toContain("Very weak tie");
  });

  it("draws no background rectangle when transparent and places people without positions", () => {
    const svg = renderSvg(hostileMap(), {}, { background: "transparent" });
    expect(svg).not.toContain("<rect");
    expect(svg).not.toMatch(/NaN|Infinity/u);
  });

  it("reopens as the same map when the editable data is included, markup and all", () => {
    const doc = hostileMap();
    const [file] = exportMap(doc, "svg", { includeEditableData: true });
    const back = importFile("map.svg", new TextEncoder().encode(file?.text ?? ""), {
      domParser: XmldomParser,
    });
    expect(back.ok && back.value.doc).toEqual(doc);
  });
});
