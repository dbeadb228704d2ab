// Connected components on the CSR (breadth-first, iterative).
import type { Csr } from "./csr";

/** Component label per node index (0..count−1) and the number of components. */
export function componentLabels(csr: Csr): { labels: Int32Array; count: number } {
  const { n, offsets, neighbours } = csr;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1) continue;
    labels[s] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const w = neighbours[a]!;
        if (labels[w] === -1) {
          labels[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { labels, count };
}
