// Runs the Louvain kernel compiled to WebAssembly (assembly/louvain.ts, bytes in
// louvainWasm.generated.ts): the ties are copied into the module's memory, the partition is
// found there and copied back. The same partition as louvainKernel.ts's JavaScript, which runs
// instead when WebAssembly cannot be instantiated (a Content-Security-Policy without
// 'wasm-unsafe-eval', an engine without it). Measured against that JavaScript in Node 20 on the
// bench's random graphs (weighted; first call in a fresh process, then after five calls):
// 1,000/5,000 12–15 → 2.5 ms, then 8 → 1.3 ms; 5,000/25,000 62–69 → 11–12, then 13 → 5.8 ms;
// 30,000/60,000 88–112 → 29–31, then 25–26 → 15 ms; 20,000/100,000 124–128 → 49–51, then 55 → 30 ms.
import { instantiateKernel } from "./wasmModule";
import { LOUVAIN_WASM_BASE64 } from "./louvainWasm.generated";
import type { LouvainArrays } from "./louvainKernel";
import { createRng, type Rng } from "./rng";

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly louvain: (base: number, n: number, m: number, weighted: number, resolution: number) => void;
}

/** The first 64 KiB page stays with the module (its stack and static data). */
const BASE = 65_536;
const PAGE = 65_536;

let module: Exports | null | undefined;
/** The generator of the partition being found (the kernel asks it once per level). */
let rng: Rng = Math.random;

/** The community of each node as louvainKernel() finds it; null when WebAssembly is unavailable. */
export function wasmLouvain(input: LouvainArrays): Int32Array | null {
  if (module === undefined)
    module = instantiateKernel<Exports>(LOUVAIN_WASM_BASE64, "Louvain kernel", { random: () => rng() });
  if (module === null) return null;
  const wasm = module;
  const { n, edgeSource, edgeTarget, edgeWeight } = input;
  const m = edgeSource.length;
  // The ties and `out` (the kernel makes room for its scratch arrays after them).
  const end = BASE + 16 * m + 4 * n;
  const pages = Math.ceil(end / PAGE) - wasm.memory.buffer.byteLength / PAGE;
  if (pages > 0) wasm.memory.grow(pages);
  const heap = wasm.memory.buffer;
  // The layout of assembly/louvain.ts: src, tgt (i32 × m), w (f64 × m, 8-aligned), out (i32 × n).
  new Int32Array(heap, BASE, m).set(edgeSource);
  new Int32Array(heap, BASE + 4 * m, m).set(edgeTarget);
  const w = BASE + 8 * m; // after src and tgt, 8-aligned as BASE is
  if (edgeWeight) new Float64Array(heap, w, m).set(edgeWeight);
  rng = createRng(input.seed);
  try {
    wasm.louvain(BASE, n, m, edgeWeight ? 1 : 0, input.resolution);
  } finally {
    rng = Math.random;
  }
  return new Int32Array(wasm.memory.buffer, w + 8 * m, n).slice();
}
