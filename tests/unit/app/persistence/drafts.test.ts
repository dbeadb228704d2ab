// Edits whose save had not finished when the page went away (reload, close, navigation): the
// unload handler writes a draft in one committed request; the next start saves it.
import { describe, expect, it } from "vitest";
import { addPerson, personId, renameMap } from "../../../../src/domain/model";
import { storedKeys, tabsPerTest, until, type Tab } from "./helpers";

const tab = tabsPerTest({ debounceMs: 60_000, copyTitle: (title) => `${title} (copy)` });

const metaKeys = async () => (await storedKeys("meta")).filter((k) => k.startsWith("draft:"));

/** The page goes away right after the draft request: no later code of that tab runs. */
async function leave(t: Tab): Promise<void> {
  expect(t.controller.writeDraft()).toBe(true);
  t.controller.dispose();
  await until(() => true);
}

describe("drafts written on page unload", () => {
  it("restores an edit whose autosave had not run yet", async () => {
    const t = tab();
    await t.controller.start();
    t.store.getState().apply((d) => addPerson(d, { id: personId("late"), name: "Late edit" }));
    expect(t.state().status).toBe("pending");
    await leave(t);

    const next = tab();
    await next.controller.start();
    expect(next.doc().people[personId("late")]?.name).toBe("Late edit");
    expect(next.state().status).toBe("saved");
    expect(await metaKeys()).toEqual([]);
    const third = tab();
    await third.controller.start();
    expect(third.doc().people[personId("late")]?.name).toBe("Late edit");
  });

  it("has nothing to write when everything is saved", async () => {
    const t = tab();
    await t.controller.start();
    expect(t.controller.writeDraft()).toBe(true);
    await t.controller.flush();
    expect(await metaKeys()).toEqual([]);
  });

  it("removes the draft once the tab lives on and saves normally (back-forward cache)", async () => {
    const t = tab();
    await t.controller.start();
    t.store.getState().apply((d) => renameMap(d, "Came back"));
    expect(t.controller.writeDraft()).toBe(true);
    await until(() => t.state().lastDraftWriteMs !== null);
    expect(await metaKeys()).toEqual(["draft:sample"]);
    expect(await t.controller.flush()).toBe(true);
    await until(() => true);
    expect(await metaKeys()).toEqual([]);
  });

  it("keeps the draft as a copy when another tab saved the map after it", async () => {
    const a = tab();
    const b = tab();
    await a.controller.start();
    await b.controller.start();
    a.store.getState().apply((d) => addPerson(d, { id: personId("late"), name: "Late edit in A" }));
    await leave(a);
    b.store.getState().apply((d) => renameMap(d, "Saved in B"));
    expect(await b.controller.flush()).toBe(true);

    const next = tab();
    await next.controller.start();
    const titles = next.state().maps.map((m) => m.title);
    expect(titles.sort()).toEqual(["Sample network (copy)", "Saved in B"]);
    expect(await next.controller.openMap(next.state().maps.find((m) => m.title === "Saved in B")!.id)).toBe(true);
    expect(next.doc().people[personId("late")]).toBeUndefined();
    const copy = next.state().maps.find((m) => m.title === "Sample network (copy)")!;
    expect(await next.controller.openMap(copy.id)).toBe(true);
    expect(next.doc().people[personId("late")]?.name).toBe("Late edit in A");
  });
});
