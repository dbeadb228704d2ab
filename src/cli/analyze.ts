// Command line: `npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N]
// [--seed N] [--no-diffusion]`. Reads a map, GEXF, GraphML, graphology JSON or CSV edge list
// (parseGraphFile), or anything else the app imports — LinkedIn Connections.csv, vCard, a
// people or tie spreadsheet, a list of names, an SVG/PNG with an embedded map — through the
// app's importers (importFile → documentToGraph). Runs every metric (computeAll) and prints
// one JSON report, or writes it to --out and prints a one-line summary. The ego is --ego (an
// id, or a name that exactly one person has), else the file's ego, else the node with
// role = "ego"; without one the ego analysis is omitted. Problems → exit code 1 and one line.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import type Graph from "graphology";
import Papa from "papaparse";
import { documentToGraph } from "../domain/graph/toGraph";
import { computeAll, type AnalysisReport } from "../domain/metrics/computeAll";
import { err, ok, type Result } from "../domain/result";
import { isPng } from "../io/export/pngChunks";
import { describeGraphFileError, parseGraphFile, type GraphFormat } from "../io/graphFile";
import {
  checkImportSize,
  decodeText,
  describeImportError,
  detectFormat,
  guessColumns,
  importFile,
  type ImportFormat,
} from "../io/import";
import { XmldomParser } from "../io/import/xmldom";

export const USAGE =
  "usage: npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N] [--seed N] [--no-diffusion]";

export interface AnalyzeArgs {
  readonly file: string;
  readonly ego?: string;
  readonly out?: string;
  readonly samples?: number;
  readonly seed?: number;
  readonly diffusion: boolean;
}

/** A graph file's format, or the importer that read a contact list, spreadsheet or image. */
export type CliInputFormat = GraphFormat | Exclude<ImportFormat, "native" | "gexf" | "graphml" | "graphologyJson">;

export interface CliReport extends AnalysisReport {
  readonly input: {
    readonly file: string;
    readonly format: CliInputFormat;
    readonly ego: string | null;
    /** Each node's label (a person's name) where it differs from its id, e.g. imported "p2". */
    readonly labels: Readonly<Record<string, string>>;
  };
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The file's size in bytes (fs.stat), checked against the import limit before reading. */
  readonly fileSize: (path: string) => number;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, text: string) => void;
}

class CliError extends Error {}

function integerFlag(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n)) throw new CliError(`${name} needs a whole number. ${USAGE}`);
  return n;
}

export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  let file: string | undefined;
  const flags: { ego?: string; out?: string; samples?: number; seed?: number; diffusion: boolean } = {
    diffusion: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === "--ego" || arg === "--out") {
      if (value === undefined || value.startsWith("--")) throw new CliError(`${arg} needs a value. ${USAGE}`);
      flags[arg === "--ego" ? "ego" : "out"] = value;
      i++;
    } else if (arg === "--samples" || arg === "--seed") {
      flags[arg === "--samples" ? "samples" : "seed"] = integerFlag(arg, value);
      i++;
    } else if (arg === "--no-diffusion") {
      flags.diffusion = false;
    } else if (arg.startsWith("--")) {
      throw new CliError(`unknown option ${arg}. ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new CliError(`only one FILE can be analysed (got "${file}" and "${arg}"). ${USAGE}`);
    }
  }
  if (file === undefined) throw new CliError(`no FILE given. ${USAGE}`);
  return { file, ...flags };
}

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined ? "n/a" : x.toFixed(1);
}

/** One line describing the report, for --out. */
export function summaryLine(report: CliReport, out: string): string {
  const g = report.graph_metrics;
  const base = `Wrote ${out}: ${report.input.file} (${report.input.format}), ${g.n_nodes} people, ${g.n_edges} ties`;
  const ego = report.input.ego === null ? undefined : report.ego_analysis?.[report.input.ego];
  if (ego === undefined) return `${base}, no ego analysis (name one with --ego).`;
  const s = ego.summary;
  const name = (id: string): string => report.input.labels[id] ?? id;
  return `${base}; ego "${name(ego.ego)}": ${s.n_alters} contacts, bridging ${fmt(s.bridging_score)}, diversity ${fmt(s.diversity_score)}, top ${s.top_alters.map(name).join(", ")}.`;
}

interface LoadedGraph {
  readonly graph: Graph;
  readonly format: CliInputFormat;
  readonly egoId?: string;
}

const EDGE_HEADER = {
  source: new Set(["source", "from", "src", "node1", "ego"]),
  target: new Set(["target", "to", "dst", "node2", "alter"]),
  weight: new Set(["weight", "strength", "w", "value"]),
};

/**
 * A plain `source,target[,weight]` edge list (header or not), which parseGraphFile reads.
 * Anything wider, or with people-list headers (name, company, …), is a spreadsheet for the
 * importers: parseGraphFile would take its first two columns for the ends of a tie.
 */
export function isPlainEdgeList(text: string): boolean {
  const first = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ""), { preview: 1, skipEmptyLines: "greedy" }).data[0];
  if (first === undefined || first.length < 2 || first.length > 3) return false;
  const cells = first.map((c) => c.trim().toLowerCase());
  const [a = "", b = "", weight] = cells;
  const isHeader =
    EDGE_HEADER.source.has(a) || EDGE_HEADER.target.has(a) || EDGE_HEADER.source.has(b) || EDGE_HEADER.target.has(b);
  if (isHeader) {
    const ends = [a, b];
    return (
      ends.some((c) => EDGE_HEADER.source.has(c)) &&
      ends.some((c) => EDGE_HEADER.target.has(c)) &&
      (weight === undefined || EDGE_HEADER.weight.has(weight))
    );
  }
  if (weight !== undefined && weight !== "") return Number.isFinite(Number(weight));
  return Object.keys(guessColumns(first)).length === 0;
}

/** True when the file belongs to parseGraphFile (graph formats and plain edge lists). */
function isGraphFile(name: string, text: string): boolean {
  const start = text.replace(/^\uFEFF/u, "").trimStart();
  const ext = /\.([^./\\]+)$/u.exec(name.toLowerCase())?.[1] ?? "";
  if (start === "" || start.startsWith("{") || ["json", "gexf", "graphml", "xml"].includes(ext)) return true;
  if (start.startsWith("<")) return detectFormat(name, text) !== "svg";
  return isPlainEdgeList(text);
}

function importedGraph(name: string, bytes: Uint8Array): Result<LoadedGraph, string> {
  const imported = importFile(name, bytes, { domParser: XmldomParser });
  if (!imported.ok) return err(describeImportError(imported.error));
  const { format, doc } = imported.value;
  const { graph, egoId } = documentToGraph(doc);
  const inputFormat: CliInputFormat =
    format === "graphologyJson" ? "graphology-json" : format === "native" ? "native" : format;
  return ok({ graph: graph as unknown as Graph, format: inputFormat, egoId });
}

/** Reads the file's bytes into a graph, or a one-line description of what is wrong. */
export function loadGraph(name: string, bytes: Uint8Array): Result<LoadedGraph, string> {
  const decoded = isPng(bytes) ? null : decodeText(bytes);
  if (decoded === null || !isGraphFile(name, decoded.text)) return importedGraph(name, bytes);
  const parsed = parseGraphFile(name, decoded.text);
  return parsed.ok ? ok(parsed.value) : err(describeGraphFileError(parsed.error));
}

/** --ego as a node id, else as the label of exactly one person. */
function resolveEgo(graph: Graph, ego: string): string | null {
  if (graph.hasNode(ego)) return ego;
  const named = graph.filterNodes((_node, attrs) => attrs.label === ego);
  return named.length === 1 ? (named[0] ?? null) : null;
}

function nodeLabels(graph: Graph): Record<string, string> {
  const labels: Record<string, string> = {};
  graph.forEachNode((id, attrs) => {
    const label: unknown = attrs.label;
    if (typeof label === "string" && label !== id) labels[id] = label;
  });
  return labels;
}

/** Runs the command; returns the exit code. */
export function runAnalyze(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    let bytes: Uint8Array;
    try {
      const tooLarge = checkImportSize(basename(args.file), io.fileSize(args.file));
      if (tooLarge) throw new CliError(describeImportError(tooLarge));
      bytes = io.readFile(args.file);
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as { code?: string }).code;
      throw new CliError(`cannot read ${args.file}${code ? ` (${code})` : ""}; check the path.`);
    }
    const loaded = loadGraph(basename(args.file), bytes);
    if (!loaded.ok) throw new CliError(loaded.error);
    const { graph, format } = loaded.value;
    let ego = loaded.value.egoId ?? null;
    if (args.ego !== undefined) {
      ego = resolveEgo(graph, args.ego);
      if (ego === null) {
        throw new CliError(
          `the ego "${args.ego}" is not a person in ${args.file}; pass an existing node id or a unique name to --ego.`,
        );
      }
    }
    const report: CliReport = {
      input: { file: basename(args.file), format, ego, labels: nodeLabels(graph) },
      ...computeAll(graph, {
        egoId: ego,
        diffusion: args.diffusion,
        ...(args.samples !== undefined ? { diffusionSamples: args.samples } : {}),
        ...(args.seed !== undefined ? { seed: args.seed } : {}),
      }),
    };
    const json = JSON.stringify(report, null, 2);
    if (args.out === undefined) {
      io.stdout(`${json}\n`);
    } else {
      io.writeFile(args.out, `${json}\n`);
      io.stdout(`${summaryLine(report, args.out)}\n`);
    }
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`analyze: ${message.split("\n")[0] ?? message}\n`);
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  process.exitCode = runAnalyze(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fileSize: (path) => statSync(path).size,
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => writeFileSync(path, text),
  });
}
