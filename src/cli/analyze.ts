// Command line: `npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N]
// [--seed N] [--no-diffusion]`. Reads a map, GEXF, GraphML, graphology JSON or CSV edge list,
// runs every metric (computeAll) and prints one JSON report, or writes it to --out and prints
// a one-line summary. The ego is --ego, else the native map's ego, else the node with
// role = "ego"; without one the ego analysis is omitted. Problems → exit code 1 and one line.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { computeAll, type AnalysisReport } from "../domain/metrics/computeAll";
import { describeGraphFileError, parseGraphFile, type GraphFormat } from "../io/graphFile";

export const USAGE = "usage: npm run analyze -- FILE [--ego ID] [--out report.json] [--samples N] [--seed N] [--no-diffusion]";

export interface AnalyzeArgs {
  readonly file: string;
  readonly ego?: string;
  readonly out?: string;
  readonly samples?: number;
  readonly seed?: number;
  readonly diffusion: boolean;
}

export interface CliReport extends AnalysisReport {
  readonly input: { readonly file: string; readonly format: GraphFormat; readonly ego: string | null };
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
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
  const flags: { ego?: string; out?: string; samples?: number; seed?: number; diffusion: boolean } = { diffusion: true };
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
  return `${base}; ego "${ego.ego}": ${s.n_alters} contacts, bridging ${fmt(s.bridging_score)}, diversity ${fmt(s.diversity_score)}, top ${s.top_alters.join(", ")}.`;
}

/** Runs the command; returns the exit code. */
export function runAnalyze(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    let text: string;
    try {
      text = io.readFile(args.file);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new CliError(`cannot read ${args.file}${code ? ` (${code})` : ""}; check the path.`);
    }
    const parsed = parseGraphFile(basename(args.file), text);
    if (!parsed.ok) throw new CliError(describeGraphFileError(parsed.error));
    const { graph, format } = parsed.value;
    const ego = args.ego ?? parsed.value.egoId ?? null;
    if (ego !== null && !graph.hasNode(ego)) {
      throw new CliError(`the ego "${ego}" is not a person in ${args.file}; pass an existing node id to --ego.`);
    }
    const report: CliReport = {
      input: { file: basename(args.file), format, ego },
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
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => writeFileSync(path, text),
  });
}
