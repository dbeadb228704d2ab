// The built command line's entry (dist-cli/analyze.mjs; scripts/cli.mjs calls main): the
// shortest-path sweep on a pool of `--threads` threads (default: one per core, at most 8; small
// graphs stay on one), the report written to --out in blocks. What only some runs need is loaded
// when they need it, so a CSV edge list starts without it: xmldom (GEXF, GraphML) and the
// comparison's i18next strings (--compare), the native-map parser and its zod schema (a map
// file, an SVG or PNG with one: lazyNative.ts). The report is the same as runAnalyze's.
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import { computeAllWith } from "../domain/metrics/computeAll";
import type { XmlParser } from "../io/import";
import type * as XmldomModule from "../io/import/xmldom";
import type { PathsPool } from "../workers/pathsPool";
import { parseArgs } from "./analyzeArgs";
import {
  cliReport,
  computeOptions,
  emitReport,
  fail,
  prepareJobs,
  type CliIo,
  type CliReport,
  type Job,
} from "./analyzeJob";
import { writeJson } from "./jsonChunks";
import { loadNative, nativeLoaded, nativeWanted, resetNativeWanted } from "./lazyNative";
import { createNodePathsPool, defaultCliThreads } from "./nodePool";

type XmlModule = typeof XmldomModule;
let xmldom: XmlModule | null = null;

let wanted = false;

/** XmldomParser once loaded; before, it refuses, and the files are read again after loading it. */
class LazyXmldomParser implements XmlParser {
  parseFromString(text: string, mimeType: "application/xml"): unknown {
    if (xmldom === null) {
      wanted = true;
      throw new Error("xmldom is not loaded yet");
    }
    return new xmldom.XmldomParser().parseFromString(text, mimeType);
  }
}

/**
 * The jobs. A file that needs a parser not loaded yet (xmldom for XML; in the bundle, the
 * native-map parser, lazyNative.ts) fails its first read as soon as it reaches it: then the
 * parser is loaded and the files are read again, with the same result as with the parser loaded
 * from the start. A CSV edge list is read once and loads neither.
 */
async function loadJobs(argv: readonly string[], io: CliIo): Promise<{ job: Job; old: Job | null }> {
  for (;;) {
    wanted = false;
    resetNativeWanted();
    try {
      const jobs = prepareJobs(argv, io, LazyXmldomParser);
      if (!wanted && !nativeWanted()) return jobs;
    } catch (e) {
      if (!wanted && !nativeWanted()) throw e;
    }
    if (wanted) {
      if (xmldom !== null) throw new Error("xmldom did not load");
      xmldom = await import("../io/import/xmldom");
    }
    if (nativeWanted()) {
      if (nativeLoaded()) throw new Error("the native-map parser did not load");
      await loadNative();
    }
  }
}

/**
 * Files from this size on start the pool's workers before they are read (random 1,400/7,000,
 * the smallest split sweep, is a 100 KB edge list; a worker takes 30–40 ms to start).
 */
const WARM_BYTES = 100_000;

/** --threads as given (checked again, with its error, by parseArgs), else the default. */
function threadsOf(argv: readonly string[]): number {
  try {
    return parseArgs(argv).threads ?? defaultCliThreads();
  } catch {
    return 1;
  }
}

function sizeOf(argv: readonly string[], io: CliIo): number {
  try {
    return io.fileSize(parseArgs(argv).file);
  } catch {
    return 0;
  }
}

/** Runs the command; returns the exit code. */
export async function runAnalyzeThreaded(argv: readonly string[], io: CliIo): Promise<number> {
  let pool: PathsPool | null = null;
  try {
    pool = createNodePathsPool(threadsOf(argv));
    // A file big enough to split its sweep: start the workers while it is read.
    if (pool.threads > 1 && sizeOf(argv, io) >= WARM_BYTES) pool.warm();
    const { job, old } = await loadJobs(argv, io);
    const oldReport = old ? await computeAllWith(old.graph, computeOptions(old), pool.sweep, pool.louvain) : null;
    const metrics = await computeAllWith(job.graph, computeOptions(job), pool.sweep, pool.louvain);
    pool.close();
    pool = null;
    let comparison = null;
    if (old && oldReport) {
      const { cliComparison } = await import("./cliCompare");
      comparison = cliComparison({ ...old, report: oldReport }, { ...job, report: metrics });
    }
    return emitReport(job, cliReport(job, metrics, comparison), io);
  } catch (e) {
    return fail(e, io);
  } finally {
    pool?.close();
  }
}

/**
 * Up to this many people and ties, the report is written from one JSON.stringify (about 600
 * bytes of JSON per entry: 30 MB at 50,000): in a fresh process that is 4–5× faster than the
 * piecewise writer, not yet optimised by then (45 against 229 ms on the 1,000/5,000 report's
 * 3.5 MB). Above it, piece by piece, so that the 20,000/100,000 report's 70 MB never sits in
 * memory whole (its peak stays under 400 MB).
 */
const WHOLE_REPORT_ENTRIES = 50_000;

const wholeReport = (report: CliReport): boolean =>
  Object.keys(report.node_metrics).length + report.edge_metrics.length <= WHOLE_REPORT_ENTRIES;

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  writeReport(path, report) {
    const fd = openSync(path, "w");
    try {
      if (wholeReport(report)) writeSync(fd, `${JSON.stringify(report, null, 2)}\n`);
      else writeJson(report, (block) => writeSync(fd, block));
    } finally {
      closeSync(fd);
    }
  },
};

/** The command-line entry (scripts/cli.mjs calls it in the bundle). */
export function main(argv: readonly string[]): Promise<number> {
  return runAnalyzeThreaded(argv, nodeIo);
}
