import { describe, expect, it } from "vitest";
import { emptyHistory, recordEdit, redoStep, undoStep } from "../../../src/store/history";

describe("recordEdit", () => {
  it("keeps at most the given number of steps, dropping the oldest", () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 10; i++) h = recordEdit(h, i, null, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });

  it("merges consecutive edits with the same coalesce key into one step", () => {
    let h = emptyHistory<string>();
    h = recordEdit(h, "", "name");
    h = recordEdit(h, "A", "name");
    h = recordEdit(h, "Ab", "name");
    expect(h.past).toEqual([""]);
    h = recordEdit(h, "Abc", "note");
    expect(h.past).toEqual(["", "Abc"]);
  });

  it("clears the redo stack", () => {
    const h = recordEdit(emptyHistory<number>(), 1, null);
    const undone = undoStep(h, 2);
    expect(undone?.history.future).toEqual([2]);
    expect(recordEdit(undone!.history, 1, null).future).toEqual([]);
  });
});

describe("undoStep / redoStep", () => {
  it("walks back and forth through the recorded states", () => {
    let h = emptyHistory<number>();
    h = recordEdit(h, 0, null);
    h = recordEdit(h, 1, null);
    const u1 = undoStep(h, 2)!;
    expect(u1.value).toBe(1);
    const u2 = undoStep(u1.history, u1.value)!;
    expect(u2.value).toBe(0);
    expect(undoStep(u2.history, u2.value)).toBeNull();
    const r1 = redoStep(u2.history, u2.value)!;
    expect(r1.value).toBe(1);
    const r2 = redoStep(r1.history, r1.value)!;
    expect(r2.value).toBe(2);
    expect(redoStep(r2.history, r2.value)).toBeNull();
  });

  it("does not coalesce an edit made right after an undo with the edit before it", () => {
    let h = recordEdit(emptyHistory<string>(), "a", "k");
    h = undoStep(h, "ab")!.history;
    h = recordEdit(h, "a", "k");
    expect(h.past).toEqual(["a"]);
    expect(h.lastKey).toBe("k");
  });
});
