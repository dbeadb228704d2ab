import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeGraphFileError, parseGraphFile, type GraphFile, type GraphFileError } from "../../../src/io/graphFile";

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/graphs");
const read = (name: string): string => readFileSync(resolve(DIR, name), "utf8");

function parsedOk(name: string, text = read(name)): GraphFile {
  const result = parseGraphFile(name, text);
  if (!result.ok) throw new Error(describeGraphFileError(result.error));
  return result.value;
}

function parsedError(name: string, text = read(name)): GraphFileError {
  const result = parseGraphFile(name, text);
  if (result.ok) throw new Error(`${name} parsed although it is broken`);
  return result.error;
}

/** Unordered edge list "a-b:w" for comparing formats. */
function edgeSummary(file: GraphFile): string[] {
  return file.graph.mapEdges((_e, attrs, s, t) => `${[s, t].sort().join("-")}:${String(attrs.weight)}`).sort();
}

const STAR_EDGES = ["ana-me:0.3", "ben-cy:0.5", "ben-me:0.8", "cy-me:0.6"];

describe("parseGraphFile", () => {
  it.each([
    ["star.gexf", "gexf"],
    ["star.graphml", "graphml"],
    ["star.graphology.json", "graphology-json"],
  ] as const)("returns the same four ties and the role=ego node for %s", (name, format) => {
    const file = parsedOk(name);
    expect(file.format).toBe(format);
    expect(file.graph.order).toBe(4);
    expect(edgeSummary(file)).toEqual(STAR_EDGES);
    expect(file.egoId).toBe("me");
  });

  it("returns community labels from graphology JSON node attributes", () => {
    expect(parsedOk("star.graphology.json").graph.getNodeAttribute("ana", "communities")).toEqual(["Climbing club"]);
  });

  it("returns a CSV edge list with a header and no ego", () => {
    const file = parsedOk("star.csv");
    expect(file.format).toBe("csv");
    expect(edgeSummary(file)).toEqual(STAR_EDGES);
    expect(file.egoId).toBeUndefined();
  });

  it("returns every row of a headerless TSV, duplicates kept for preprocessing", () => {
    const file = parsedOk("star-noheader.tsv");
    expect(file.graph.size).toBe(5);
    expect(file.graph.order).toBe(4);
  });

  it("returns the native map's ego, labels and strengths", () => {
    const file = parsedOk("star.tsunagari.json");
    expect(file.format).toBe("native");
    expect(file.egoId).toBe("me");
    expect(file.graph.getNodeAttribute("ben", "communities")).toEqual(["Acme"]);
    expect(file.graph.size).toBe(4);
  });

  it("returns a notXml error with the line for a GEXF with a missing end tag", () => {
    const e = parsedError("broken.gexf");
    expect(e.kind).toBe("notXml");
    expect(e).toMatchObject({ file: "broken.gexf", line: 5 });
    expect(describeGraphFileError(e)).toMatch(/^broken\.gexf:5: The XML is malformed/);
  });

  it("returns a notJson error with the line for a trailing comma", () => {
    const e = parsedError("broken.json");
    expect(e.kind).toBe("notJson");
    expect(e).toMatchObject({ line: 7 });
  });

  it("returns an invalid error naming the edge field that refers to a missing node", () => {
    const e = parsedError("unknown-node.json");
    expect(e).toMatchObject({ kind: "invalid", field: "edges[0].target" });
    expect(e.message).toContain('"zed"');
  });

  it("returns an invalid error with line and field for a non-numeric CSV weight", () => {
    expect(parsedError("bad-weight.csv")).toMatchObject({
      kind: "invalid",
      format: "csv",
      line: 3,
      field: "weight",
    });
  });

  it("returns unknownFormat for XML that is neither GEXF nor GraphML", () => {
    expect(parsedError("page.xml").kind).toBe("unknownFormat");
  });

  it("returns empty for a blank file and a native error for a damaged map", () => {
    expect(parsedError("x.csv", "  \n").kind).toBe("empty");
    const damaged = read("star.tsunagari.json").replace('"egoId": "me"', '"egoId": 7');
    const e = parsedError("map.json", damaged);
    expect(e.kind).toBe("native");
    expect(e.message).toContain("document.egoId");
  });

  it("returns an error for a CSV row without a target", () => {
    expect(parsedError("x.csv", "a,b\nc\n")).toMatchObject({ kind: "invalid", line: 2 });
  });
});
