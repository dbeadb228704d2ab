// GraphML that graphology's parser cannot read: files from yEd (yFiles extensions: node and edge
// graphics in <data> whose labels are <y:NodeLabel>/<y:EdgeLabel>, keys `for="port"` and
// `for="graphml"`), keys `for="all"` (the GraphML default) and nested graphs (yEd group nodes).
// Walks the parsed document itself: a node holding a <graph> is a group, read as a community of
// the nodes inside it (nested groups give every enclosing group); it stays in the graph flagged
// `yfiles.foldertype` so that graphToDocument does not make a person of it. yEd's y axis points
// down; positions are flipped so the map looks the way it did in yEd.
import Graph from "../../domain/graph/graphology";
import { dict, hasOwn } from "../../domain/model/dict";
import type { AbstractGraph, Attributes } from "graphology-types";

const YFILES_NS = "http://www.yworks.com/xml/graphml";
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

interface XmlNodeLike {
  readonly nodeType: number;
  readonly nodeValue: string | null;
}

export interface XmlElementLike extends XmlNodeLike {
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly childNodes: { readonly length: number; item(i: number): XmlNodeLike | null };
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

interface KeySpec {
  readonly domain: string;
  readonly name: string | null;
  readonly type: string;
  readonly yfiles: string | null;
  readonly fallback: string | undefined;
}

type Domain = "graph" | "node" | "edge";

function children(el: XmlElementLike, name?: string): XmlElementLike[] {
  const out: XmlElementLike[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const c = el.childNodes.item(i);
    if (c?.nodeType !== ELEMENT) continue;
    const e = c as XmlElementLike;
    if (name === undefined || e.localName === name) out.push(e);
  }
  return out;
}

/** First element named `name` in the yFiles namespace, depth first. */
function findY(
  el: XmlElementLike,
  name: string,
  accept: (e: XmlElementLike) => boolean = () => true,
): XmlElementLike | undefined {
  for (const c of children(el)) {
    if (c.localName === name && c.namespaceURI === YFILES_NS && accept(c)) return c;
    const inner = findY(c, name, accept);
    if (inner) return inner;
  }
  return undefined;
}

/** A label's own text (yEd writes the text, then empty <y:LabelModel> elements). */
function ownText(el: XmlElementLike): string {
  let s = "";
  for (let i = 0; i < el.childNodes.length; i++) {
    const c = el.childNodes.item(i);
    if (c && (c.nodeType === TEXT || c.nodeType === CDATA)) s += c.nodeValue ?? "";
  }
  return s.trim();
}

function cast(type: string, text: string): unknown {
  if (type === "boolean") return text.trim().toLowerCase() === "true";
  if (["int", "long", "float", "double"].includes(type)) return Number(text.trim());
  return text;
}

/** yEd node or edge graphics → label (and, for nodes, the centre of the shape). */
function readGraphics(data: XmlElementLike, labelName: "NodeLabel" | "EdgeLabel", into: Attributes): void {
  // A group node has one realizer per state (open, closed); the active one is what yEd shows.
  const realizers = findY(data, "Realizers");
  const active = realizers ? children(realizers)[Number(realizers.getAttribute("active") ?? 0)] : undefined;
  const scope = active ?? data;
  const label = findY(scope, labelName, (e) => e.getAttribute("visible") !== "false" && ownText(e) !== "");
  if (label && into.label === undefined) into.label = ownText(label);
  const geometry = labelName === "NodeLabel" ? findY(scope, "Geometry") : undefined;
  if (!geometry) return;
  const [x = NaN, y = NaN, w = NaN, h = NaN] = ["x", "y", "width", "height"].map((k) =>
    Number(geometry.getAttribute(k) ?? NaN),
  );
  if ([x, y, w, h].every(Number.isFinite)) {
    into.x = x + w / 2;
    into.y = -(y + h / 2);
  }
}

function collectKeys(root: XmlElementLike): Map<string, KeySpec> {
  const keys = new Map<string, KeySpec>();
  for (const k of children(root, "key")) {
    const id = k.getAttribute("id");
    if (id === null) continue;
    const fallback = children(k, "default")[0]?.textContent ?? undefined;
    keys.set(id, {
      domain: k.getAttribute("for") ?? "all",
      name: k.getAttribute("attr.name"),
      type: k.getAttribute("attr.type") ?? "string",
      yfiles: k.getAttribute("yfiles.type"),
      fallback,
    });
  }
  return keys;
}

function attributesOf(el: XmlElementLike, domain: Domain, keys: ReadonlyMap<string, KeySpec>): Attributes {
  // Attribute names come from the file: a key named `__proto__` or `constructor` is data.
  const attrs: Attributes = dict<string, unknown>();
  for (const data of children(el, "data")) {
    const id = data.getAttribute("key") ?? "";
    const spec = keys.get(id);
    if (spec?.yfiles === "nodegraphics" || spec?.yfiles === "edgegraphics") {
      readGraphics(data, spec.yfiles === "nodegraphics" ? "NodeLabel" : "EdgeLabel", attrs);
    } else if (spec?.yfiles) {
      continue; // resources, ports, user data: drawing details
    } else {
      attrs[spec?.name ?? id] = cast(spec?.type ?? "string", data.textContent ?? "");
    }
  }
  for (const spec of keys.values()) {
    const applies = spec.domain === domain || spec.domain === "all";
    if (applies && spec.name !== null && spec.fallback !== undefined && !hasOwn(attrs, spec.name)) {
      attrs[spec.name] = cast(spec.type, spec.fallback);
    }
  }
  return attrs;
}

/** True when the document needs this reader rather than graphology's. */
export function needsExtendedGraphml(root: XmlElementLike): boolean {
  const keys = children(root, "key");
  if (keys.some((k) => k.getAttribute("yfiles.type") !== null)) return true;
  if (keys.some((k) => !["graph", "node", "edge"].includes(k.getAttribute("for") ?? "all"))) return true;
  const nested = (el: XmlElementLike): boolean =>
    children(el, "node").some((n) => children(n, "graph").length > 0) || children(el, "graph").some((g) => nested(g));
  return nested(root);
}

/** Reads a GraphML document (root element <graphml>) into a mixed multigraph. */
export function readExtendedGraphml(root: XmlElementLike): AbstractGraph {
  const keys = collectKeys(root);
  const graph = new Graph({ type: "mixed", multi: true });
  const top = children(root, "graph")[0];
  if (!top) return graph;
  graph.mergeAttributes(attributesOf(top, "graph", keys));
  const edges: { el: XmlElementLike; directed: boolean }[] = [];
  const walk = (g: XmlElementLike, groups: readonly string[], directedDefault: boolean): void => {
    for (const el of children(g)) {
      if (el.localName === "edge") edges.push({ el, directed: directedDefault });
      if (el.localName !== "node") continue;
      const id = el.getAttribute("id") ?? "";
      const attrs = attributesOf(el, "node", keys);
      const inner = children(el, "graph");
      const folder = el.getAttribute("yfiles.foldertype") ?? (inner.length > 0 ? "group" : null);
      if (folder === "group" || folder === "folder") {
        const name = String(attrs.label ?? attrs.name ?? id).trim() || id;
        graph.mergeNode(id, { ...attrs, "yfiles.foldertype": folder });
        for (const sub of inner) walk(sub, [...groups, name], sub.getAttribute("edgedefault") === "directed");
        continue;
      }
      if (groups.length > 0) attrs.communities = [...groups];
      graph.mergeNode(id, attrs);
    }
  };
  walk(top, [], top.getAttribute("edgedefault") === "directed");
  for (const { el, directed } of edges) {
    const source = el.getAttribute("source") ?? "";
    const target = el.getAttribute("target") ?? "";
    const own = el.getAttribute("directed");
    const attrs = attributesOf(el, "edge", keys);
    if (!graph.hasNode(source)) graph.addNode(source);
    if (!graph.hasNode(target)) graph.addNode(target);
    if (own === "true" || (own === null && directed)) graph.addDirectedEdge(source, target, attrs);
    else graph.addUndirectedEdge(source, target, attrs);
  }
  return graph;
}
