// Command line: `npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N]
// [--seed N] [--threads N] [--no-diffusion] [--ties-complete] [--compare OLD]`. Reads every file the app imports — a map, GEXF, GraphML,
// graphology JSON, a CSV edge list or tie/people spreadsheet, LinkedIn Connections.csv, vCard,
// a list of names, an SVG/PNG with an embedded map — through the app's own pipeline: the size
// limit from fs.stat before reading, then importFile → MapDocument → documentToGraph. Runs every
// metric (computeAll) and prints one JSON report, or writes it to --out and prints a one-line
// summary. The ego is --ego (an id, or a name that exactly one person has), else the file's ego
// (a native map's, the node with role = "ego", "me" in a tie list, the user of a contact list);
// without one the ego analysis is omitted. Problems → exit code 1 and one line.
// What is known about pairs of contacts (summary.tie_data_completeness) comes from the file: its
// ties and census "no" answers; no format alone makes an absent tie a known "no" (a LinkedIn or
// name list records no pairs; an edge list cannot tell "no tie" from "not recorded"), unless the
// user vouches for it with --ties-complete (docs/metrics-spec-additions.md, K1).
// With --compare OLD, OLD is read through the same pipeline and analysed with the same options,
// and the report gets a `comparison` section (domain/growth/compare): OLD → FILE (cliCompare.ts).
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import type Graph from "graphology";
import { documentToGraph } from "../domain/graph/toGraph";
import { computeAll, computeAllWith, type AnalysisReport, type ComputeAllOptions } from "../domain/metrics/computeAll";
import type { PathsPool } from "../workers/pathsPool";
import { batched, jsonChunks } from "./jsonChunks";
import { createNodePathsPool, defaultCliThreads } from "./nodePool";
import { COMPLETE_RECORD, tieKnowledgeOf, type TieKnowledge } from "../domain/metrics/tieKnowledge";
import { ok, type Result } from "../domain/result";
import {
  checkImportSize,
  describeImportError,
  importFile,
  isEgoWord,
  type EgoSource,
  type ImportError,
  type ImportFormat,
} from "../io/import";
import { XmldomParser } from "../io/import/xmldom";
import { getOwn, type MapDocument } from "../domain/model";
import { cliComparison, type CliComparison, type CompareInput } from "./cliCompare";

export const USAGE =
  "usage: npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N] [--seed N] [--threads N] [--no-diffusion] [--ties-complete] [--compare OLD]";

export interface AnalyzeArgs {
  readonly file: string;
  readonly ego?: string;
  readonly out?: string;
  readonly samples?: number;
  readonly seed?: number;
  readonly diffusion: boolean;
  /** The file records every tie between contacts: absent ties are known "no". */
  readonly tiesComplete: boolean;
  /** Threads of the shortest-path sweep (default: one per core, at most 8). */
  readonly threads?: number;
  /** An older version of the map: the report gets a comparison OLD → FILE. */
  readonly compare?: string;
}

/** The importer that read the file (graphology JSON spelt as before, "graphology-json"). */
export type CliInputFormat = Exclude<ImportFormat, "graphologyJson"> | "graphology-json";

export interface CliReport extends AnalysisReport {
  readonly input: {
    readonly file: string;
    readonly format: CliInputFormat;
    readonly ego: string | null;
    /** Each node's label (a person's name) where it differs from its id, e.g. imported "p2". */
    readonly labels: Readonly<Record<string, string>>;
  };
  /** With --compare: what changed from the older file to this one. */
  readonly comparison?: CliComparison;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The file's size in bytes (fs.stat), checked against the import limit before reading. */
  readonly fileSize: (path: string) => number;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, text: string) => void;
  /** Write the text in pieces (the CLI: without holding a large report as one string). */
  readonly writeFileChunks?: (path: string, chunks: Iterable<string>) => void;
}

class CliError extends Error {}

function integerFlag(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n)) throw new CliError(`${name} needs a whole number. ${USAGE}`);
  return n;
}

export function parseArgs(argv: readonly string[]): AnalyzeArgs {
  let file: string | undefined;
  const flags: {
    ego?: string;
    out?: string;
    compare?: string;
    samples?: number;
    seed?: number;
    threads?: number;
    diffusion: boolean;
    tiesComplete: boolean;
  } = { diffusion: true, tiesComplete: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === "--ego" || arg === "--out" || arg === "--compare") {
      if (value === undefined || value.startsWith("--")) throw new CliError(`${arg} needs a value. ${USAGE}`);
      flags[arg === "--ego" ? "ego" : arg === "--out" ? "out" : "compare"] = value;
      i++;
    } else if (arg === "--samples" || arg === "--seed") {
      flags[arg === "--samples" ? "samples" : "seed"] = integerFlag(arg, value);
      i++;
    } else if (arg === "--threads") {
      const threads = integerFlag(arg, value);
      if (threads < 1 || threads > 64) throw new CliError(`--threads needs a number from 1 to 64. ${USAGE}`);
      flags.threads = threads;
      i++;
    } else if (arg === "--no-diffusion") {
      flags.diffusion = false;
    } else if (arg === "--ties-complete") {
      flags.tiesComplete = true;
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

/** "(ties known for 12% of pairs)" when the bridging score rests on partial data. */
function completenessNote(c: number | null): string {
  return c === null || c >= 1 ? "" : ` (ties known for ${Math.round(c * 100)}% of pairs)`;
}

/** One line describing the report, for --out. */
export function summaryLine(report: CliReport, out: string): string {
  const g = report.graph_metrics;
  const base = `Wrote ${out}: ${report.input.file} (${report.input.format}), ${g.n_nodes} people, ${g.n_edges} ties`;
  const ego =
    report.input.ego === null || !report.ego_analysis ? undefined : getOwn(report.ego_analysis, report.input.ego);
  if (ego === undefined) return `${base}, no ego analysis (name one with --ego).`;
  const s = ego.summary;
  const name = (id: string): string => getOwn(report.input.labels, id) ?? id;
  return `${base}; ego "${name(ego.ego)}": ${s.n_alters} contacts, bridging ${fmt(s.bridging_score)}${completenessNote(s.tie_data_completeness)}, diversity ${fmt(s.diversity_score)}, top ${s.top_alters.map(name).join(", ")}.`;
}

export interface LoadedGraph {
  readonly graph: Graph;
  readonly format: CliInputFormat;
  /** The map's ego, or null when the file does not say who the user is. */
  readonly egoId: string | null;
  readonly egoSource: EgoSource;
  /** The document's census answers (what is on record about pairs of contacts). */
  readonly tieKnowledge: TieKnowledge;
  /** The imported document (names, communities, plan) the graph was built from. */
  readonly doc: MapDocument;
}

const cliFormat = (format: ImportFormat): CliInputFormat => (format === "graphologyJson" ? "graphology-json" : format);

/**
 * Reads the file's bytes the way the app does: importFile → MapDocument (invariants checked) →
 * documentToGraph. The importer gives a file that does not name its ego a placeholder "You";
 * while nobody is tied to it, it is not part of the network and is left out of the analysis.
 */
export function loadGraph(name: string, bytes: Uint8Array): Result<LoadedGraph, ImportError> {
  const imported = importFile(name, bytes, { domParser: XmldomParser });
  if (!imported.ok) return imported;
  const { doc, format, egoSource } = imported.value;
  const { graph } = documentToGraph(doc);
  let egoId: string | null = doc.egoId;
  if (egoSource === "placeholder" && graph.hasNode(egoId) && graph.degree(egoId) === 0) {
    graph.dropNode(egoId);
    egoId = null;
  }
  return ok({
    graph: graph as unknown as Graph,
    format: cliFormat(format),
    egoId,
    egoSource,
    tieKnowledge: tieKnowledgeOf(doc),
    doc,
  });
}

/** --ego as a node id, else the label of exactly one person, else "me" / "自分" for the file's ego. */
function resolveEgo(loaded: LoadedGraph, ego: string): string | null {
  const { graph } = loaded;
  if (graph.hasNode(ego)) return ego;
  const named = graph.filterNodes((_node, attrs) => attrs.label === ego);
  if (named.length === 1) return named[0] ?? null;
  return loaded.egoSource !== "placeholder" && isEgoWord(ego) ? loaded.egoId : null;
}

function nodeLabels(graph: Graph): Record<string, string> {
  const labels = new Map<string, string>();
  graph.forEachNode((id, attrs) => {
    const label: unknown = attrs.label;
    if (typeof label === "string" && label !== id) labels.set(id, label);
  });
  return Object.fromEntries(labels);
}

interface Job {
  readonly args: AnalyzeArgs;
  /** The file this job read (FILE, or OLD for the comparison). */
  readonly file: string;
  readonly doc: MapDocument;
  readonly graph: Graph;
  readonly format: CliInputFormat;
  readonly ego: string | null;
  readonly tieKnowledge: TieKnowledge;
}

/** Read and import `file`, resolve the ego (throws CliError). */
function prepareJob(args: AnalyzeArgs, file: string, io: CliIo): Job {
  let bytes: Uint8Array;
  try {
    const tooLarge = checkImportSize(basename(file), io.fileSize(file));
    if (tooLarge) throw new CliError(describeImportError(tooLarge));
    bytes = io.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as { code?: string }).code;
    throw new CliError(`cannot read ${file}${code ? ` (${code})` : ""}; check the path.`);
  }
  const loaded = loadGraph(basename(file), bytes);
  if (!loaded.ok) throw new CliError(describeImportError(loaded.error));
  const { graph, format } = loaded.value;
  let ego = loaded.value.egoId;
  if (args.ego !== undefined) {
    ego = resolveEgo(loaded.value, args.ego);
    if (ego === null) {
      throw new CliError(
        `the ego "${args.ego}" is not a person in ${file}; pass an existing node id or a unique name to --ego.`,
      );
    }
  }
  return { args, file, doc: loaded.value.doc, graph, format, ego, tieKnowledge: loaded.value.tieKnowledge };
}

/** FILE's job, and OLD's with --compare (the same arguments, so the same options). */
function prepareJobs(argv: readonly string[], io: CliIo): { job: Job; old: Job | null } {
  const args = parseArgs(argv);
  const job = prepareJob(args, args.file, io);
  return { job, old: args.compare === undefined ? null : prepareJob(args, args.compare, io) };
}

function computeOptions({ args, ego, tieKnowledge }: Job): ComputeAllOptions {
  return {
    egoId: ego,
    diffusion: args.diffusion,
    tieKnowledge: args.tiesComplete ? COMPLETE_RECORD : tieKnowledge,
    ...(args.samples !== undefined ? { diffusionSamples: args.samples } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  };
}

function emit(job: Job, metrics: AnalysisReport, io: CliIo, old: CompareInput | null = null): number {
  const comparison = old ? cliComparison(old, { ...job, report: metrics }) : null;
  const report: CliReport = {
    input: { file: basename(job.args.file), format: job.format, ego: job.ego, labels: nodeLabels(job.graph) },
    ...metrics,
    ...(comparison ? { comparison } : {}),
  };
  if (job.args.out === undefined) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (io.writeFileChunks) io.writeFileChunks(job.args.out, batched(withNewline(report)));
    else io.writeFile(job.args.out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout(`${summaryLine(report, job.args.out)}\n`);
  }
  return 0;
}

function fail(e: unknown, io: CliIo): number {
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`analyze: ${message.split("\n")[0] ?? message}\n`);
  return 1;
}

/** Runs the command on this thread; returns the exit code. */
export function runAnalyze(argv: readonly string[], io: CliIo): number {
  try {
    const { job, old } = prepareJobs(argv, io);
    const oldInput = old ? { ...old, report: computeAll(old.graph, computeOptions(old)) } : null;
    return emit(job, computeAll(job.graph, computeOptions(job)), io, oldInput);
  } catch (e) {
    return fail(e, io);
  }
}

/**
 * Runs the command with the shortest-path sweep on a pool of `--threads` threads (default: one
 * per core, at most 8; small graphs stay on one); the report is the same as runAnalyze's.
 */
export async function runAnalyzeThreaded(argv: readonly string[], io: CliIo): Promise<number> {
  let pool: PathsPool | null = null;
  try {
    const { job, old } = prepareJobs(argv, io);
    pool = createNodePathsPool(job.args.threads ?? defaultCliThreads());
    const oldInput = old ? { ...old, report: await computeAllWith(old.graph, computeOptions(old), pool.sweep) } : null;
    return emit(job, await computeAllWith(job.graph, computeOptions(job), pool.sweep), io, oldInput);
  } catch (e) {
    return fail(e, io);
  } finally {
    pool?.close();
  }
}

function* withNewline(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield "\n";
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  writeFileChunks(path, chunks) {
    const fd = openSync(path, "w");
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  },
};

/** The command-line entry (scripts/cli.mjs calls it in the bundle). */
export function main(argv: readonly string[]): Promise<number> {
  return runAnalyzeThreaded(argv, nodeIo);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) process.exitCode = await main(process.argv.slice(2));
