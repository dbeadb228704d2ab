// Arguments of `npm run analyze` (analyze.ts): FILE and its flags, or a CliError with the usage.
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

/** A problem the command reports in one line (exit code 1). */
export class CliError extends Error {}

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
