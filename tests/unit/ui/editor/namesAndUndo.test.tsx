// @vitest-environment jsdom
// One name, one person, one undo step: the Add people box suggests and reuses 鈴木 花子 for
// 鈴木花子; an Enter that confirms an IME conversion submits nothing; the undo toast is the undo
// step itself and leaves with Ctrl+Z; planned (what-if) items stay out of the editor's lists.
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { addAlter, addCommunity, alters, communityId, personId, type MapDocument } from "../../../../src/domain/model";
import { AddPersonDialog } from "../../../../src/ui/editor/AddPersonDialog";
import { NameField } from "../../../../src/ui/editor/NameField";
import { PersonPanel } from "../../../../src/ui/editor/PersonPanel";
import { SummaryPanel } from "../../../../src/ui/SummaryPanel";
import { AKI, BEN, renderWithStore, smallMap } from "./harness";

const HANAKO = personId("hanako");
const withHanako = (): MapDocument => addAlter(smallMap(), { id: HANAKO, name: "鈴木 花子" });

function withPlans(): MapDocument {
  let doc = addCommunity(smallMap(), { id: communityId("dream"), name: "Hackerspace", sphere: "third", planned: true });
  doc = addAlter(doc, { id: personId("p"), name: "Planned Pat", communityIds: [communityId("dream")] });
  return { ...doc, people: { ...doc.people, [personId("p")]: { ...doc.people[personId("p")]!, planned: true } } };
}

describe("Add people with names already on the map", () => {
  afterEach(cleanup);

  it("suggests 鈴木 花子 while 鈴木花子 is typed and reuses her on Enter, in one undo step", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<AddPersonDialog open onClose={() => undefined} />, withHanako());
    const before = alters(store.getState().doc).length;
    await user.click(screen.getByRole("checkbox", { name: /Office/ }));
    const box = screen.getByRole("combobox", { name: "Name" });
    await user.type(box, "鈴木花子");
    const option = within(screen.getByRole("listbox", { name: "People already on your map" })).getByRole("option");
    expect(option).toHaveTextContent("鈴木 花子");
    expect(option).toHaveTextContent("already on your map");
    const stepsBefore = store.getState().history.past.length;
    await user.keyboard("{Enter}");
    const doc = store.getState().doc;
    expect(alters(doc)).toHaveLength(before);
    expect(doc.people[HANAKO]?.communityIds).toEqual(["office"]);
    expect(store.getState().history.past.length).toBe(stepsBefore + 1);
    act(() => store.getState().undo());
    expect(store.getState().doc.people[HANAKO]?.communityIds).toEqual([]);
  });

  it("chooses a suggestion with the arrow keys: すずき finds 鈴木 花子 by her reading", async () => {
    const user = userEvent.setup();
    const doc = withHanako();
    const withReading = {
      ...doc,
      people: { ...doc.people, [HANAKO]: { ...doc.people[HANAKO]!, reading: "スズキ ハナコ" } },
    };
    const { store } = renderWithStore(<AddPersonDialog open onClose={() => undefined} />, withReading);
    await user.type(screen.getByRole("combobox", { name: "Name" }), "すずき");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(alters(store.getState().doc).filter((p) => p.name.includes("鈴木"))).toHaveLength(1);
    expect(screen.getByText("Added 1 person")).toBeInTheDocument();
  });

  it("does not submit on an Enter that confirms an IME conversion", () => {
    const { store } = renderWithStore(<AddPersonDialog open onClose={() => undefined} />);
    const box = screen.getByRole("combobox", { name: "Name" });
    fireEvent.change(box, { target: { value: "なかむら" } });
    const before = alters(store.getState().doc).length;
    const composing = fireEvent.keyDown(box, { key: "Enter", keyCode: 229, isComposing: true });
    expect(composing).toBe(false); // default prevented: the form's implicit submission is cancelled
    expect(alters(store.getState().doc)).toHaveLength(before);
    expect(box).toHaveValue("なかむら");
  });

  it("offers no planned (what-if) community", () => {
    renderWithStore(<AddPersonDialog open onClose={() => undefined} />, withPlans());
    expect(screen.queryByRole("checkbox", { name: /Hackerspace/ })).toBeNull();
    expect(screen.getByRole("checkbox", { name: /Office/ })).toBeInTheDocument();
  });
});

describe("NameField and the IME", () => {
  afterEach(cleanup);

  it("saves on a plain Enter but not on the Enter or Escape of an IME conversion", () => {
    const saved: string[] = [];
    renderWithStore(<NameField label="Name" value="Aki" onCommit={(n) => saved.push(n)} />);
    const box = screen.getByRole("textbox", { name: "Name" });
    fireEvent.change(box, { target: { value: "あき" } });
    fireEvent.keyDown(box, { key: "Enter", isComposing: true });
    fireEvent.keyDown(box, { key: "Enter", keyCode: 229 });
    fireEvent.keyDown(box, { key: "Escape", isComposing: true });
    expect(saved).toEqual([]);
    expect(box).toHaveValue("あき");
    fireEvent.keyDown(box, { key: "Enter", keyCode: 13 });
    expect(saved).toEqual(["あき"]);
  });

  it("says when the typed name is someone else's already", () => {
    renderWithStore(<NameField label="Name" value="Aki" personId={AKI} onCommit={() => undefined} />, withHanako());
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "鈴木花子" } });
    expect(screen.getByRole("status")).toHaveTextContent("鈴木 花子 is already on your map");
  });
});

describe("the undo toast", () => {
  afterEach(cleanup);

  async function deleteAki(user: ReturnType<typeof userEvent.setup>) {
    const rendered = renderWithStore(<PersonPanel />);
    act(() => rendered.store.getState().select(AKI));
    await user.click(await screen.findByRole("button", { name: "Delete person" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    return rendered.store;
  }

  it("disappears when the deletion is undone with Ctrl+Z (the store's undo)", async () => {
    const user = userEvent.setup();
    const store = await deleteAki(user);
    expect(screen.getByRole("button", { name: "Undo delete" })).toBeInTheDocument();
    act(() => store.getState().undo());
    expect(store.getState().doc.people[AKI]).toBeDefined();
    expect(screen.queryByRole("button", { name: "Undo delete" })).toBeNull();
  });

  it("restores as the undo step itself: Ctrl+Z then has nothing of it to undo, Redo deletes again", async () => {
    const user = userEvent.setup();
    const store = await deleteAki(user);
    const pastAfterDelete = store.getState().history.past.length;
    await user.click(screen.getByRole("button", { name: "Undo delete" }));
    expect(store.getState().doc.people[AKI]?.name).toBe("Aki");
    expect(store.getState().history.past.length).toBe(pastAfterDelete - 1);
    expect(store.getState().canRedo).toBe(true);
    act(() => store.getState().undo());
    expect(store.getState().doc.people[AKI]).toBeDefined();
    act(() => store.getState().redo());
    act(() => store.getState().redo());
    expect(store.getState().doc.people[AKI]).toBeUndefined();
  });

  it("goes away after another edit", async () => {
    const user = userEvent.setup();
    const store = await deleteAki(user);
    act(() => store.getState().select(BEN));
    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Benji{Enter}");
    expect(screen.queryByRole("button", { name: "Undo delete" })).toBeNull();
  });
});

describe("planned (what-if) items in the editor", () => {
  afterEach(cleanup);

  it("counts only real contacts and communities in Your network", () => {
    renderWithStore(<SummaryPanel />, withPlans());
    expect(screen.getByText(/3 contacts/)).toBeInTheDocument();
    expect(screen.getByText(/2 communities/)).toBeInTheDocument();
  });

  it("shows no planned community in a real person's panel", async () => {
    const { store } = renderWithStore(<PersonPanel />, withPlans());
    act(() => store.getState().select(AKI));
    await screen.findByRole("button", { name: "Delete person" });
    expect(screen.queryByRole("checkbox", { name: /Hackerspace/ })).toBeNull();
    expect(screen.getByRole("checkbox", { name: /Office/ })).toBeInTheDocument();
  });
});
