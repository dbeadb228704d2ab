// mnemonist's SparseQueueSet and getPointerArray as graphology-communities-louvain uses them,
// written out so that louvainKernel.ts keeps their exact behaviour (first in, first out, each
// member at most once; a dequeued member's slot set to the capacity, which its small array wraps
// to 0 when the capacity is 256 or 65,536).

/** mnemonist's getPointerArray: the smallest unsigned array that indexes `size` slots. */
export function pointerArray(size: number): Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor {
  const maxIndex = size - 1;
  if (maxIndex <= 255) return Uint8Array;
  if (maxIndex <= 65535) return Uint16Array;
  return Uint32Array;
}

export class SparseQueueSet {
  start = 0;
  size = 0;
  private readonly dense: Uint8Array | Uint16Array | Uint32Array;
  private readonly sparse: Uint8Array | Uint16Array | Uint32Array;

  constructor(private readonly capacity: number) {
    const ByteArray = pointerArray(capacity);
    this.dense = new ByteArray(capacity);
    this.sparse = new ByteArray(capacity);
  }

  enqueue(member: number): void {
    let index = this.sparse[member]!;
    if (this.size !== 0) {
      const inBounds =
        (index < this.capacity && index >= this.start && index < this.start + this.size) ||
        index < (this.start + this.size) % this.capacity;
      if (inBounds && this.dense[index] === member) return;
    }
    index = (this.start + this.size) % this.capacity;
    this.dense[index] = member;
    this.sparse[member] = index;
    this.size++;
  }

  /** The next member (the queue must not be empty). */
  dequeue(): number {
    const index = this.start;
    this.size--;
    this.start++;
    if (this.start === this.capacity) this.start = 0;
    const member = this.dense[index]!;
    this.sparse[member] = this.capacity;
    return member;
  }
}
