// Runs the sweep kernel compiled to WebAssembly (assembly/sweep.ts, bytes in
// sweepWasm.generated.ts): the arrays are copied into the module's memory once per graph and
// thread, the range is swept there, and the sums are copied back. Its numbers are bit-identical
// to sweepKernel.ts's JavaScript, which runs instead when WebAssembly cannot be instantiated
// (a Content-Security-Policy without 'wasm-unsafe-eval', an engine without it).
import type { PathCentralities, PathsInput, SourceRange } from "./paths";
import { instantiateKernel } from "./wasmModule";
import { unitMass, type SweepTopology } from "./sweepKernel";
import { SWEEP_WASM_BASE64 } from "./sweepWasm.generated";

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly sweep: (...args: number[]) => void;
}

/** Where each array lives in the module's memory (byte offsets), for one graph. */
interface Layout {
  readonly key: Int32Array;
  readonly n: number;
  readonly m: number;
  readonly ptr: Readonly<Record<(typeof ARRAYS)[number][0], number>>;
}

// [name, bytes per element, element count] in memory order (the kernel's parameter order).
const ARRAYS = [
  ["off", 4, (n: number) => n + 1],
  ["nb", 4, (_n: number, m: number) => 2 * m],
  ["ae", 4, (_n: number, m: number) => 2 * m],
  ["comp", 4, (n: number) => n],
  ["label", 4, (n: number) => n],
  ["compStart", 4, (n: number) => n + 1],
  ["compArcs", 4, (n: number) => n],
  ["mass", 8, (n: number) => n],
  ["bc", 8, (n: number) => n],
  ["ebc", 8, (_n: number, m: number) => m],
  ["cl", 8, (n: number) => n],
  ["dist", 4, (n: number) => n],
  ["sigma", 8, (n: number) => n],
  ["delta", 8, (n: number) => n],
  ["order", 4, (n: number) => n],
  ["dag", 4, (_n: number, m: number) => m],
  ["outEnd", 4, (n: number) => n],
  ["inEnd", 4, (n: number) => n],
  ["lvStart", 4, (n: number) => n + 1],
  ["lvDag", 4, (n: number) => n],
  ["unv", 4, (n: number) => n],
] as const;

/** The first 64 KiB page stays with the module (its stack and static data). */
const BASE = 65_536;
const PAGE = 65_536;
/** Sources per call of the kernel (see wasmSweepRange). */
const CHUNK = 32;

let module: Exports | null | undefined;
let layout: Layout | null = null;

/** Whether the WebAssembly kernel runs here (instantiated on first use). */
export function wasmSweepAvailable(): boolean {
  if (module === undefined) module = instantiateKernel<Exports>(SWEEP_WASM_BASE64, "sweep kernel");
  return module !== null;
}

function prepare(wasm: Exports, csr: PathsInput, topology: SweepTopology): Layout {
  if (layout !== null && layout.key === csr.neighbours && layout.n === csr.n && layout.m === csr.m) return layout;
  const { n, m } = csr;
  const ptr: Record<string, number> = {};
  let at = BASE;
  for (const [name, size, count] of ARRAYS) {
    ptr[name] = at;
    at += Math.ceil((size * count(n, m)) / 8) * 8;
  }
  const pages = Math.ceil(at / PAGE) - wasm.memory.buffer.byteLength / PAGE;
  if (pages > 0) wasm.memory.grow(pages);
  const heap = wasm.memory.buffer;
  const i32 = (name: string, count: number) => new Int32Array(heap, ptr[name], count);
  // Nodes renumbered in the order of compNodes (label: old → new), each node's arcs kept in
  // their order: the kernel does the same operations in the same order on the same values
  // (sources still taken in their own order), only where they sit in memory differs — the
  // unreached nodes of a component are then a run of consecutive indexes, scanned in order.
  const { offsets, neighbours, arcEdge } = csr;
  const { comp, compNodes } = topology;
  const mass = csr.mass ?? unitMass(n);
  const label = i32("label", n);
  for (let k = 0; k < n; k++) label[compNodes[k]!] = k;
  const off = i32("off", n + 1);
  const nb = i32("nb", 2 * m);
  const ae = i32("ae", 2 * m);
  const compOf = i32("comp", n);
  const massOf = new Float64Array(heap, ptr.mass, n);
  let arcs = 0;
  for (let k = 0; k < n; k++) {
    const v = compNodes[k]!;
    off[k] = arcs;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      nb[arcs] = label[neighbours[a]!]!;
      ae[arcs++] = arcEdge[a]!;
    }
    compOf[k] = comp[v]!;
    massOf[k] = mass[v]!;
  }
  off[n] = arcs;
  i32("compStart", n + 1).set(topology.compStart);
  i32("compArcs", n).set(topology.compArcs);
  i32("dist", n).fill(-1);
  new Float64Array(heap, ptr.delta, n).fill(0);
  layout = { key: csr.neighbours, n, m, ptr: ptr as Layout["ptr"] };
  return layout;
}

/**
 * Adds the range's sums to `out` with the WebAssembly kernel, the same numbers as sweepRange;
 * false (nothing done) when WebAssembly is unavailable.
 */
export function wasmSweepRange(
  csr: PathsInput,
  topology: SweepTopology,
  range: SourceRange,
  out: PathCentralities,
  withEdges: boolean,
): boolean {
  if (!wasmSweepAvailable()) return false;
  const wasm = module!;
  const { ptr } = prepare(wasm, csr, topology);
  const { n, m } = csr;
  const heap = wasm.memory.buffer;
  const bc = new Float64Array(heap, ptr.bc, n);
  const ebc = new Float64Array(heap, ptr.ebc, m);
  const cl = new Float64Array(heap, ptr.cl, n);
  // The kernel adds to what `out` holds already, exactly as the JavaScript kernel does.
  const label = new Int32Array(heap, ptr.label, n);
  for (let v = 0; v < n; v++) {
    bc[label[v]!] = out.betweenness[v]!;
    cl[label[v]!] = out.closeness[v]!;
  }
  if (withEdges) ebc.set(out.edgeBetweenness);
  const pointers = ARRAYS.map(([name]) => ptr[name]);
  // A few dozen sources per call: V8 compiles the module with its baseline compiler first and
  // swaps in the optimised code only between calls (there is no on-stack replacement in
  // WebAssembly), so one long call would run unoptimised throughout — 1.9 s instead of 1.3 s on
  // random 5,000/25,000, 78 instead of 50 ms on 1,000/5,000.
  const span = CHUNK * range.step;
  for (let from = range.from; from < range.to; from += span) {
    wasm.sweep(n, from, Math.min(range.to, from + span), range.step, withEdges ? 1 : 0, ...pointers);
  }
  for (let v = 0; v < n; v++) {
    out.betweenness[v] = bc[label[v]!]!;
    out.closeness[v] = cl[label[v]!]!;
  }
  if (withEdges) out.edgeBetweenness.set(ebc);
  return true;
}
