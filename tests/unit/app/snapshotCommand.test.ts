// The snapshot command records the scores of the analysis the panel shows (the metrics slice's
// report for the current revision), waits for it when it is not current, never computes it
// itself, and is one undoable edit.
import { describe, expect, it, vi } from "vitest";
import { snapshotNow, SnapshotTimeoutError } from "../../../src/app/snapshotCommand";
import * as reportModule from "../../../src/domain/insights/report";
import { computeReport, egoAnalysisOf } from "../../../src/domain/insights/report";
import { addPerson, personId } from "../../../src/domain/model";
import { createMapStore } from "../../../src/store/mapStore";
import { sampleNetwork } from "../support/documents";

const sample = sampleNetwork();
const sampleReport = computeReport(sample);
const at = () => new Date("2026-12-02T10:00:00Z");

describe("snapshotNow", () => {
  it("uses the report of the current revision at once and is undoable", async () => {
    const store = createMapStore(sample);
    store.getState().setMetrics(store.getState().revision, sampleReport);
    const spy = vi.spyOn(reportModule, "computeReport");
    const snap = await snapshotNow(store, { name: "  December  " }, { now: at });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const ego = egoAnalysisOf(sampleReport, sample.egoId);
    expect(snap.name).toBe("December");
    expect(snap.takenAt).toBe("2026-12-02T10:00:00.000Z");
    expect(snap.id.startsWith("snap_")).toBe(true);
    expect(snap.scores.bridging).toBe(ego?.summary.bridging_score);
    expect(snap.scores.diversity).toBe(ego?.summary.diversity_score);
    expect(store.getState().doc.snapshots.map((s) => s.id)).toEqual([snap.id]);
    store.getState().undo();
    expect(store.getState().doc.snapshots).toEqual([]);
  });

  it("waits for the analysis of the current revision instead of using an older one", async () => {
    const store = createMapStore(sample);
    store.getState().setMetrics(store.getState().revision, sampleReport);
    store.getState().apply((d) => addPerson(d, { id: personId("new-one"), name: "New one" }));
    const edited = store.getState().doc;
    let done = false;
    const pending = snapshotNow(store, { name: "After", session: true }, { now: at }).then((s) => {
      done = true;
      return s;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    expect(store.getState().doc.snapshots).toEqual([]);
    const editedReport = computeReport(edited);
    store.getState().setMetrics(store.getState().revision, editedReport);
    const snap = await pending;
    expect(snap.session).toBe(true);
    expect(snap.scores.people).toBe(Object.keys(edited.people).length - 1);
    expect(snap.content.people).toBe(edited.people);
    expect(snap.scores.bridging).toBe(egoAnalysisOf(editedReport, edited.egoId)?.summary.bridging_score);
  });

  it("takes the snapshot with empty scores when the analysis failed", async () => {
    const store = createMapStore(sample);
    const pending = snapshotNow(store, { name: "x" }, { now: at });
    store.getState().setMetricsError(store.getState().revision, "boom");
    const snap = await pending;
    expect(snap.scores.bridging).toBeNull();
    expect(snap.scores.people).toBeGreaterThan(0);
  });

  it("rejects (and saves nothing) when the analysis never arrives, or for an empty name", async () => {
    const store = createMapStore(sample);
    await expect(snapshotNow(store, { name: "x" }, { timeoutMs: 5 })).rejects.toBeInstanceOf(SnapshotTimeoutError);
    store.getState().setMetrics(store.getState().revision, sampleReport);
    await expect(snapshotNow(store, { name: "   " })).rejects.toThrow();
    expect(store.getState().doc.snapshots).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
  });
});
