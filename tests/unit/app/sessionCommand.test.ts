// Ending a consultant session saves one session snapshot per day and map state; the report's
// baseline is then the session before it.
import { describe, expect, it } from "vitest";
import { endSession, localDay } from "../../../src/app/sessionCommand";
import { reportBaseline } from "../../../src/domain/growth/baseline";
import { sessionsOf } from "../../../src/domain/growth/sessions";
import { computeReport } from "../../../src/domain/insights/report";
import { addPerson, personId } from "../../../src/domain/model";
import { createMapStore } from "../../../src/store/mapStore";
import { sampleNetwork } from "../support/documents";

const sample = sampleNetwork();

function analysed() {
  const store = createMapStore(sample);
  store.getState().setMetrics(store.getState().revision, computeReport(sample));
  return store;
}

describe("endSession", () => {
  it("saves a dated session snapshot with the scores of the current analysis", async () => {
    const store = analysed();
    const day = new Date(2026, 2, 1, 15, 30);
    const ended = await endSession(store, "Session March", { now: () => day });
    expect(ended.repeated).toBe(false);
    expect(ended.snapshot.session).toBe(true);
    expect(ended.snapshot.name).toBe("Session March");
    expect(sessionsOf(store.getState().doc)).toEqual([day.toISOString()]);
    expect(ended.snapshot.scores.people).toBe(Object.keys(sample.people).length - 1);
  });

  it("does not save a second session the same day when the map did not change", async () => {
    const store = analysed();
    const morning = new Date(2026, 2, 1, 9, 0);
    const evening = new Date(2026, 2, 1, 21, 0);
    const first = await endSession(store, "A", { now: () => morning });
    const again = await endSession(store, "B", { now: () => evening });
    expect(again).toEqual({ snapshot: first.snapshot, repeated: true });
    expect(store.getState().doc.snapshots).toHaveLength(1);
  });

  it("saves a new session after an edit or on another day, and the report compares with the one before", async () => {
    const store = analysed();
    await endSession(store, "March", { now: () => new Date(2026, 2, 1, 10) });
    store.getState().apply((d) => addPerson(d, { id: personId("new"), name: "森 葵" }));
    store.getState().setMetrics(store.getState().revision, computeReport(store.getState().doc));
    const edited = await endSession(store, "March again", { now: () => new Date(2026, 2, 1, 11) });
    expect(edited.repeated).toBe(false);
    // The snapshot is an edit: the worker analyses the new revision (the same scores).
    store.getState().setMetrics(store.getState().revision, computeReport(store.getState().doc));
    const june = await endSession(store, "June", { now: () => new Date(2026, 5, 1, 10) });
    expect(june.repeated).toBe(false);
    const doc = store.getState().doc;
    expect(sessionsOf(doc)).toHaveLength(3);
    // The newest session is the map as it is: the report's baseline is the session before it.
    expect(reportBaseline(doc)?.name).toBe("March again");
  });

  it("names the local calendar day, not the UTC one", () => {
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
    expect(localDay(new Date(2027, 0, 1, 0, 1))).toBe("2027-01-01");
  });
});
