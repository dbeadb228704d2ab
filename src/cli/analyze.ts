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
// The pieces: analyzeArgs.ts (flags), analyzeJob.ts (reading, report), analyzeMain.ts (the built
// CLI's threaded entry, dist-cli/analyze.mjs); this module is the in-process API and `tsx` entry.
import { pathToFileURL } from "node:url";
import { computeAll } from "../domain/metrics/computeAll";
import type { ImportError } from "../io/import";
import { XmldomParser } from "../io/import/xmldom";
import type { Result } from "../domain/result";
import { cliComparison } from "./cliCompare";
import { cliReport, computeOptions, emitReport, fail, loadGraph as loadWith, prepareJobs } from "./analyzeJob";
import type { CliIo, LoadedGraph } from "./analyzeJob";
import { main } from "./analyzeMain";

export { USAGE, parseArgs, type AnalyzeArgs } from "./analyzeArgs";
export { summaryLine, type CliInputFormat, type CliIo, type CliReport, type LoadedGraph } from "./analyzeJob";
export { main, runAnalyzeThreaded } from "./analyzeMain";

/**
 * Reads the file's bytes the way the app does: importFile → MapDocument (invariants checked) →
 * documentToGraph, with xmldom as the DOMParser.
 */
export function loadGraph(name: string, bytes: Uint8Array): Result<LoadedGraph, ImportError> {
  return loadWith(name, bytes, XmldomParser);
}

/** Runs the command on this thread; returns the exit code. */
export function runAnalyze(argv: readonly string[], io: CliIo): number {
  try {
    const { job, old } = prepareJobs(argv, io, XmldomParser);
    const metrics = computeAll(job.graph, computeOptions(job));
    const comparison = old
      ? cliComparison({ ...old, report: computeAll(old.graph, computeOptions(old)) }, { ...job, report: metrics })
      : null;
    return emitReport(job, cliReport(job, metrics, comparison), io);
  } catch (e) {
    return fail(e, io);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) process.exitCode = await main(process.argv.slice(2));
