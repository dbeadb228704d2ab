// Runs Burt's pass, the spans and ego betweenness compiled to WebAssembly (assembly/structure.ts, bytes in
// structureWasm.generated.ts): the CSR is copied into the module's memory, the kernel runs there,
// and its arrays are copied out. The numbers are bit-identical to burtKernel.ts's, span.ts's and
// egoBetweenness.ts's JavaScript, which runs instead when WebAssembly cannot be instantiated (a
// Content-Security-Policy without 'wasm-unsafe-eval', an engine without it). Each runs once per
// analysis, which in a fresh process means unoptimised JavaScript: on random 1,000/5,000 the two
// Burt passes, the spans and ego betweenness took ~30 ms there (~8 ms once V8 has optimised them).
import type { BrokerageArrays } from "./brokerage";
import type { BurtArrays } from "./burtKernel";
import type { Csr } from "./csr";
import { instantiateKernel } from "./wasmModule";
import { STRUCTURE_WASM_BASE64 } from "./structureWasm.generated";

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly burt: (...pointers: number[]) => void;
  readonly span: (...pointers: number[]) => void;
  readonly egoBetweenness: (...pointers: number[]) => void;
  readonly brokerage: (...pointers: number[]) => void;
}

/** The first 64 KiB page stays with the module (its stack and static data). */
const BASE = 65_536;
const PAGE = 65_536;

let module: Exports | null | undefined;

function kernel(): Exports | null {
  if (module === undefined) module = instantiateKernel<Exports>(STRUCTURE_WASM_BASE64, "structure kernel");
  return module;
}

/** Whether the WebAssembly kernels run here (instantiated on first use). */
export function wasmStructureAvailable(): boolean {
  return kernel() !== null;
}

type Kind = "i32" | "f64" | "u8";
const BYTES: Readonly<Record<Kind, number>> = { i32: 4, f64: 8, u8: 1 };

/** One array of a kernel's parameters: its type, its length and what to copy in (inputs only). */
type Slot = readonly [Kind, number, ArrayLike<number>?];

/**
 * Lays out `slots` one after another from BASE (each 8-aligned, the memory grown to hold them),
 * copies the inputs in, calls `kernel` with `scalars` and then the arrays' addresses, and returns
 * a reader of the i-th array's values as a fresh copy.
 */
function call(
  wasm: Exports,
  kernel: (...args: number[]) => void,
  scalars: readonly number[],
  slots: readonly Slot[],
): (i: number) => Float64Array | Int32Array {
  const at: number[] = [];
  let end = BASE;
  for (const [kind, count] of slots) {
    at.push(end);
    end += Math.ceil((BYTES[kind] * count) / 8) * 8;
  }
  const pages = Math.ceil(end / PAGE) - wasm.memory.buffer.byteLength / PAGE;
  if (pages > 0) wasm.memory.grow(pages);
  const view = (i: number) => {
    const [kind, count] = slots[i]!;
    const { buffer } = wasm.memory;
    return kind === "f64"
      ? new Float64Array(buffer, at[i], count)
      : kind === "i32"
        ? new Int32Array(buffer, at[i], count)
        : new Uint8Array(buffer, at[i], count);
  };
  slots.forEach(([, , input], i) => {
    if (input) view(i).set(input);
  });
  kernel(...scalars, ...at);
  return (i) => view(i).slice() as Float64Array | Int32Array;
}

/** The CSR's offsets and neighbours (every kernel's first two arrays), then its arc → tie index. */
function csrSlots(csr: Csr, withArcEdge: boolean): Slot[] {
  const arcs = csr.neighbours.length;
  const slots: Slot[] = [
    ["i32", csr.n + 1, csr.offsets], // off
    ["i32", arcs, csr.neighbours], // nb
  ];
  if (withArcEdge) slots.push(["i32", arcs, csr.arcEdge]); // ae
  return slots;
}

/** burtKernel's arrays, computed in WebAssembly; null when it is unavailable. */
export function wasmBurtKernel(csr: Csr, w: Float64Array, rev: Int32Array): BurtArrays | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const arcs = csr.neighbours.length;
  // In the kernel's parameter order after n and m.
  const out = call(
    wasm,
    wasm.burt,
    [n, m],
    [
      ...csrSlots(csr, true),
      ["f64", arcs, w], // w
      ["i32", arcs, rev], // rev
      ["f64", n], // sum
      ["f64", n], // max
      ["i32", m], // embeddedness
      ["f64", n], // triangles
      ["f64", arcs], // indirect
      ["f64", arcs], // egoSum
      ["f64", arcs], // egoMax
      ["f64", n], // redundancy
      ["f64", arcs], // egoIndirect
      ["f64", n], // redundancyEgo
      ["i32", n], // stamp
      ["i32", n], // slot
      ["f64", arcs], // localConstraint
      ["f64", arcs], // localConstraintEgo
    ],
  );
  return {
    embeddedness: out(7) as Int32Array,
    triangles: out(8) as Float64Array,
    localConstraint: out(17) as Float64Array,
    localConstraintEgo: out(18) as Float64Array,
    redundancy: out(12) as Float64Array,
    redundancyEgo: out(14) as Float64Array,
  };
}

/** spanArray's spans, computed in WebAssembly; null when it is unavailable. */
export function wasmSpanArray(csr: Csr, embeddedness: Int32Array, isBridge: Uint8Array): Float64Array | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const out = call(
    wasm,
    wasm.span,
    [n, m],
    [
      ...csrSlots(csr, true),
      ["i32", m, csr.edgeSource], // edgeSource
      ["i32", m, csr.edgeTarget], // edgeTarget
      ["i32", m, embeddedness], // embeddedness
      ["u8", m, isBridge], // isBridge
      ["f64", m], // out
      ["i32", n], // markA
      ["i32", n], // markB
      ["i32", n], // distA
      ["i32", n], // distB
      ["i32", n], // queueA
      ["i32", n], // queueB
    ],
  );
  return out(7) as Float64Array;
}

/** egoBetweennessArray's numbers, computed in WebAssembly; null when it is unavailable. */
export function wasmEgoBetweenness(csr: Csr, maxDegree: number): Float64Array | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n } = csr;
  const arcs = csr.neighbours.length;
  const out = call(
    wasm,
    wasm.egoBetweenness,
    [n, maxDegree],
    [
      ...csrSlots(csr, false),
      ["i32", n], // inEgo
      ["i32", maxDegree + 1], // localStart
      ["i32", arcs], // local
      ["i32", maxDegree], // adjacent
      ["i32", maxDegree], // seen
      ["i32", maxDegree], // count
      ["i32", maxDegree], // touched
      ["f64", n], // result
    ],
  );
  return out(9) as Float64Array;
}

/** brokerageCounts' numbers, computed in WebAssembly; null when it is unavailable. */
export function wasmBrokerage(csr: Csr, group: Int32Array, nGroups: number): BrokerageArrays | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const groups = Math.max(nGroups, 1);
  const out = call(
    wasm,
    wasm.brokerage,
    [n, nGroups],
    [
      ...csrSlots(csr, false),
      ["i32", n, group], // group
      ["i32", groups], // count
      ["i32", groups], // touched
      ["i32", n + 1], // forwardStart
      ["i32", m], // forward
      ["i32", n], // mark
      ["f64", n], // coordinator
      ["f64", n], // itinerant
      ["f64", n], // gatekeeper
      ["f64", n], // liaison
    ],
  );
  return {
    coordinator: out(8) as Float64Array,
    itinerant: out(9) as Float64Array,
    gatekeeper: out(10) as Float64Array,
    liaison: out(11) as Float64Array,
  };
}
