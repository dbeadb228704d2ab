// @vitest-environment jsdom
import { act, cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { addAlter, alters, personId } from "../../../../src/domain/model";
import { useEditorActions, type EditorActions } from "../../../../src/ui/editor/useEditorActions";
import { FAMILY, renderWithStore, smallMap } from "./harness";

const HANAKO = personId("hanako");

function renderActions(doc = addAlter(smallMap(), { id: HANAKO, name: "鈴木花子" })) {
  let actions: EditorActions | null = null;
  function Probe() {
    actions = useEditorActions();
    return null;
  }
  const { store } = renderWithStore(<Probe />, doc);
  if (!actions) throw new Error("useEditorActions did not render");
  return { store, actions: actions as EditorActions };
}

describe("useEditorActions addPerson with reuse", () => {
  afterEach(cleanup);

  it("finds the existing 鈴木花子 when 鈴木　花子 or 鈴木 花子 is typed, instead of adding a duplicate", () => {
    const { store, actions } = renderActions();
    const before = alters(store.getState().doc).length;
    for (const typed of ["鈴木　花子", "鈴木 花子"]) {
      let id: string | null = null;
      act(() => {
        id = actions.addPerson(typed, [FAMILY], { reuse: true });
      });
      expect(id, typed).toBe(HANAKO);
    }
    const doc = store.getState().doc;
    expect(alters(doc)).toHaveLength(before);
    expect(doc.people[HANAKO]?.communityIds).toEqual([FAMILY]);
  });

  it("adds a new person for a Latin name written without its space", () => {
    const { store, actions } = renderActions(addAlter(smallMap(), { id: personId("anna"), name: "Anna Müller" }));
    act(() => {
      actions.addPerson("anna  müller", [], { reuse: true });
      actions.addPerson("AnnaMüller", [], { reuse: true });
    });
    expect(alters(store.getState().doc).map((p) => p.name)).toEqual([
      "Aki",
      "Ben",
      "Chie",
      "Anna Müller",
      "AnnaMüller",
    ]);
  });
});
