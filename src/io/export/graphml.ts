// GraphML 1.0 (graphml.graphdrawing.org/specification) writer — graphology-graphml only parses.
// One <key> per attribute of flatGraph with its attr.type, so NetworkX, igraph, yEd and Gephi
// read numbers as numbers; every value is XML-escaped.
import type { MapDocument, Position } from "../../domain/model";
import { flatGraph, type NodeAttrs } from "./flatGraph";
import { escapeXml } from "./xml";

type KeyFor = "node" | "edge";

function typeOf(values: readonly (string | number | boolean)[]): "boolean" | "double" | "string" {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

function keysOf(items: readonly NodeAttrs[], prefix: string): Map<string, { id: string; type: string }> {
  const values = new Map<string, (string | number | boolean)[]>();
  for (const a of items) {
    for (const [k, v] of Object.entries(a)) {
      const list = values.get(k) ?? [];
      list.push(v);
      values.set(k, list);
    }
  }
  let i = 0;
  return new Map([...values].map(([k, vs]) => [k, { id: `${prefix}${i++}`, type: typeOf(vs) }]));
}

export function serializeGraphml(doc: MapDocument, positions?: Readonly<Record<string, Position>>): string {
  const g = flatGraph(doc, positions);
  const nodeAttrs = g.mapNodes((_k, a) => a);
  const edgeAttrs = g.mapEdges((_k, a) => a);
  const nodeKeys = keysOf(nodeAttrs, "v");
  const edgeKeys = keysOf(edgeAttrs, "e");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g0" for="graph" attr.name="title" attr.type="string"/>',
  ];
  const declare = (keys: Map<string, { id: string; type: string }>, kind: KeyFor): void => {
    for (const [name, k] of keys) {
      out.push(`  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(name)}" attr.type="${k.type}"/>`);
    }
  };
  declare(nodeKeys, "node");
  declare(edgeKeys, "edge");
  out.push('  <graph id="G" edgedefault="undirected">', `    <data key="g0">${escapeXml(doc.title)}</data>`);
  const data = (a: NodeAttrs, keys: Map<string, { id: string }>): string =>
    Object.entries(a)
      .map(([k, v]) => `<data key="${keys.get(k)?.id ?? ""}">${escapeXml(String(v))}</data>`)
      .join("");
  g.forEachNode((key, a) => out.push(`    <node id="${escapeXml(key)}">${data(a, nodeKeys)}</node>`));
  let n = 0;
  g.forEachEdge((_e, a, s, t) => {
    out.push(`    <edge id="e${n++}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data(a, edgeKeys)}</edge>`);
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
