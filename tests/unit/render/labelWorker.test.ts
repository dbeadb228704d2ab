// Label placing off the main thread: what the worker places from the packed candidates is what
// placeLabels places on this thread, label for label; and the page's client passes jobs to its
// worker and back, and refuses every job once the worker has failed (the layer then places
// itself).
import { describe, expect, it } from "vitest";
import {
  CandidatePacker,
  packCandidates,
  packJob,
  runLabelJob,
  unpackCandidates,
  unpackPlaced,
  type LabelJob,
  type LabelReply,
} from "../../../src/render/labelPack";
import { placeLabels, type Box, type LabelCandidate } from "../../../src/render/labelPlacement";
import { labelPlacerOn, type LabelWorkerLike } from "../../../src/render/labelPlacer";

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A seeded crowd of dots (some off screen, some forced, equal priorities), with awkward ids. */
function crowd(n: number, seed: number): LabelCandidate[] {
  const r = rng(seed);
  const ids = ["__proto__", "constructor", "toString", "0", "高橋 結衣"];
  return Array.from({ length: n }, (_, i) => ({
    id: ids[i] ?? `p${i}`,
    x: -20 + r() * 840,
    y: -20 + r() * 640,
    r: 2 + r() * 6,
    width: 30 + r() * 60,
    height: 16,
    priority: r() < 0.2 ? 5 : Math.round(r() * 1000) / 10,
    ...(r() < 0.01 ? { force: true } : {}),
  }));
}

const OBSTACLES: Box[] = [
  { x: 0, y: 0, width: 120, height: 40 },
  { x: 700, y: 560, width: 100, height: 40 },
];

describe("the packed candidates", () => {
  it("hold every candidate's numbers and id, past the capacity they were started with", () => {
    const candidates = crowd(1000, 9);
    const packer = new CandidatePacker(3);
    for (const c of candidates) packer.push(c.id, c.x, c.y, c.r, c.width, c.height, c.priority, c.force === true);
    const packed = packer.packed();
    expect(packed.ids).toEqual(candidates.map((c) => c.id));
    const back = unpackCandidates(packed.values, (i) => packed.ids[i]!);
    expect(back).toEqual(candidates.map((c) => ({ ...c, force: c.force === true })));
  });

  it("stay the caller's after their job is moved to the worker", () => {
    const packed = packCandidates(crowd(50, 10));
    const before = Array.from(packed.values);
    const job = packJob(1, packed, { width: 800, height: 600 });
    structuredClone(job, { transfer: [job.candidates.buffer] });
    expect(job.candidates.length).toBe(0);
    expect(Array.from(packed.values)).toEqual(before);
  });
});

describe("the label worker's job", () => {
  it("places what placeLabels places on this thread, for every option", () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const candidates = crowd(200 + seed * 300, seed);
      for (const options of [
        { width: 800, height: 600 },
        { width: 800, height: 600, max: 40, obstacles: OBSTACLES },
        { width: 640, height: 480, max: 300, gap: 5, obstacles: OBSTACLES },
      ]) {
        const here = placeLabels(candidates, options);
        // Through structured clone, as a worker receives it.
        const job = structuredClone(packJob(seed, packCandidates(candidates), options));
        const there = unpackPlaced(
          runLabelJob(job),
          candidates.map((c) => c.id),
        );
        expect(there).toEqual(here);
        compared += here.length;
      }
    }
    // Enough labels, forced and ordinary, that the comparison means something.
    expect(compared).toBeGreaterThan(1000);
  });

  it("keeps the ids of the people, whatever they are", () => {
    const candidates = crowd(5, 3).map((c, i) => ({ ...c, x: 100 + i * 150, y: 300, force: true }));
    const job = packJob(1, packCandidates(candidates), { width: 800, height: 600 });
    const placed = unpackPlaced(
      runLabelJob(job),
      candidates.map((c) => c.id),
    );
    expect(placed.map((p) => p.id).sort()).toEqual(["0", "__proto__", "constructor", "toString", "高橋 結衣"].sort());
    // Each label beside its own dot.
    for (const p of placed) {
      const c = candidates.find((x) => x.id === p.id)!;
      expect(Math.abs(p.x + p.width / 2 - c.x)).toBeLessThanOrEqual(c.width / 2 + c.r + 3 + p.width / 2);
      expect(Math.abs(p.y + p.height / 2 - c.y)).toBeLessThanOrEqual(c.height / 2 + c.r + 3 + p.height / 2);
    }
  });
});

/** A worker that answers in a later task, as a real one, running the job after a structured clone. */
function fakeWorker(behaviour: "works" | "fails" = "works"): LabelWorkerLike & { jobs: number } {
  const w: LabelWorkerLike & { jobs: number } = {
    jobs: 0,
    onmessage: null,
    onerror: null,
    postMessage(message: LabelJob) {
      w.jobs++;
      const job = structuredClone(message);
      setTimeout(() => {
        if (behaviour === "fails") {
          w.onerror?.(new Event("error") as ErrorEvent);
          return;
        }
        const reply: LabelReply = { seq: job.seq, placed: runLabelJob(job) };
        w.onmessage?.(new MessageEvent("message", { data: reply }));
      }, 0);
    },
  };
  return w;
}

describe("the label worker's client", () => {
  it("starts one worker at the first job and answers each job with its own labels", async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const place = labelPlacerOn(() => {
      const w = fakeWorker();
      workers.push(w);
      return w;
    });
    expect(workers).toHaveLength(0);
    const a = crowd(800, 4);
    const b = crowd(600, 5);
    const options = { width: 800, height: 600, max: 300, obstacles: OBSTACLES };
    const [pa, pb] = await Promise.all([place(packCandidates(a), options), place(packCandidates(b), options)]);
    expect(pa).toEqual(placeLabels(a, options));
    expect(pb).toEqual(placeLabels(b, options));
    expect(pa).not.toEqual(pb);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.jobs).toBe(2);
  });

  it("refuses the jobs waiting and every later one once its worker has failed", async () => {
    const worker = fakeWorker("fails");
    const place = labelPlacerOn(() => worker);
    await expect(place(packCandidates(crowd(100, 6)), { width: 800, height: 600 })).rejects.toThrow(
      /label worker failed/u,
    );
    await expect(place(packCandidates(crowd(100, 7)), { width: 800, height: 600 })).rejects.toThrow(
      /label worker failed/u,
    );
    expect(worker.jobs).toBe(1);
  });

  it("refuses the job when no worker can start", async () => {
    const place = labelPlacerOn(() => {
      throw new Error("Workers are blocked here");
    });
    await expect(place(packCandidates(crowd(10, 8)), { width: 800, height: 600 })).rejects.toThrow(/blocked/u);
  });
});
