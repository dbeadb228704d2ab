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

/** Arrays laid out one after another from BASE (each 8-aligned), the memory grown to hold them. */
function layout(wasm: Exports, arrays: readonly (readonly [Kind, number])[]): number[] {
  const at: number[] = [];
  let end = BASE;
  for (const [kind, count] of arrays) {
    at.push(end);
    end += Math.ceil((BYTES[kind] * count) / 8) * 8;
  }
  const pages = Math.ceil(end / PAGE) - wasm.memory.buffer.byteLength / PAGE;
  if (pages > 0) wasm.memory.grow(pages);
  return at;
}

const i32At = (wasm: Exports, at: number, count: number) => new Int32Array(wasm.memory.buffer, at, count);
const f64At = (wasm: Exports, at: number, count: number) => new Float64Array(wasm.memory.buffer, at, count);

/** burtKernel's arrays, computed in WebAssembly; null when it is unavailable. */
export function wasmBurtKernel(csr: Csr, w: Float64Array, rev: Int32Array): BurtArrays | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const arcs = csr.neighbours.length;
  // In the kernel's parameter order after n and m.
  const p = layout(wasm, [
    ["i32", n + 1], // off
    ["i32", arcs], // nb
    ["i32", arcs], // ae
    ["f64", arcs], // w
    ["i32", arcs], // rev
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
  ]);
  i32At(wasm, p[0]!, n + 1).set(csr.offsets);
  i32At(wasm, p[1]!, arcs).set(csr.neighbours);
  i32At(wasm, p[2]!, arcs).set(csr.arcEdge);
  f64At(wasm, p[3]!, arcs).set(w);
  i32At(wasm, p[4]!, arcs).set(rev);
  wasm.burt(n, m, ...p);
  return {
    embeddedness: i32At(wasm, p[7]!, m).slice(),
    triangles: f64At(wasm, p[8]!, n).slice(),
    localConstraint: f64At(wasm, p[17]!, arcs).slice(),
    localConstraintEgo: f64At(wasm, p[18]!, arcs).slice(),
    redundancy: f64At(wasm, p[12]!, n).slice(),
    redundancyEgo: f64At(wasm, p[14]!, n).slice(),
  };
}

/** spanArray's spans, computed in WebAssembly; null when it is unavailable. */
export function wasmSpanArray(csr: Csr, embeddedness: Int32Array, isBridge: Uint8Array): Float64Array | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const arcs = csr.neighbours.length;
  const p = layout(wasm, [
    ["i32", n + 1], // off
    ["i32", arcs], // nb
    ["i32", arcs], // ae
    ["i32", m], // edgeSource
    ["i32", m], // edgeTarget
    ["i32", m], // embeddedness
    ["u8", m], // isBridge
    ["f64", m], // out
    ["i32", n], // markA
    ["i32", n], // markB
    ["i32", n], // distA
    ["i32", n], // distB
    ["i32", n], // queueA
    ["i32", n], // queueB
  ]);
  i32At(wasm, p[0]!, n + 1).set(csr.offsets);
  i32At(wasm, p[1]!, arcs).set(csr.neighbours);
  i32At(wasm, p[2]!, arcs).set(csr.arcEdge);
  i32At(wasm, p[3]!, m).set(csr.edgeSource);
  i32At(wasm, p[4]!, m).set(csr.edgeTarget);
  i32At(wasm, p[5]!, m).set(embeddedness);
  new Uint8Array(wasm.memory.buffer, p[6]!, m).set(isBridge);
  wasm.span(n, m, ...p);
  return f64At(wasm, p[7]!, m).slice();
}

/** egoBetweennessArray's numbers, computed in WebAssembly; null when it is unavailable. */
export function wasmEgoBetweenness(csr: Csr, maxDegree: number): Float64Array | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n } = csr;
  const arcs = csr.neighbours.length;
  const p = layout(wasm, [
    ["i32", n + 1], // off
    ["i32", arcs], // nb
    ["i32", n], // inEgo
    ["i32", maxDegree + 1], // localStart
    ["i32", arcs], // local
    ["i32", maxDegree], // adjacent
    ["i32", maxDegree], // seen
    ["i32", maxDegree], // count
    ["i32", maxDegree], // touched
    ["f64", n], // result
  ]);
  i32At(wasm, p[0]!, n + 1).set(csr.offsets);
  i32At(wasm, p[1]!, arcs).set(csr.neighbours);
  wasm.egoBetweenness(n, maxDegree, ...p);
  return f64At(wasm, p[9]!, n).slice();
}

/** brokerageCounts' numbers, computed in WebAssembly; null when it is unavailable. */
export function wasmBrokerage(csr: Csr, group: Int32Array, nGroups: number): BrokerageArrays | null {
  const wasm = kernel();
  if (wasm === null) return null;
  const { n, m } = csr;
  const arcs = csr.neighbours.length;
  const p = layout(wasm, [
    ["i32", n + 1], // off
    ["i32", arcs], // nb
    ["i32", n], // group
    ["i32", Math.max(nGroups, 1)], // count
    ["i32", Math.max(nGroups, 1)], // touched
    ["i32", n + 1], // forwardStart
    ["i32", m], // forward
    ["i32", n], // mark
    ["f64", n], // coordinator
    ["f64", n], // itinerant
    ["f64", n], // gatekeeper
    ["f64", n], // liaison
  ]);
  i32At(wasm, p[0]!, n + 1).set(csr.offsets);
  i32At(wasm, p[1]!, arcs).set(csr.neighbours);
  i32At(wasm, p[2]!, n).set(group);
  wasm.brokerage(n, nGroups, ...p);
  return {
    coordinator: f64At(wasm, p[8]!, n).slice(),
    itinerant: f64At(wasm, p[9]!, n).slice(),
    gatekeeper: f64At(wasm, p[10]!, n).slice(),
    liaison: f64At(wasm, p[11]!, n).slice(),
  };
}
