// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { addAlter, personId } from "../../../../src/domain/model";
import { NameEntry } from "../../../../src/ui/wizard/NameEntry";
import { renderWithStore, smallMap } from "../editor/harness";

describe("the interview's name boxes", () => {
  afterEach(cleanup);

  it("suggest 鈴木 花子 for 鈴木花子 and pass her name on when chosen", async () => {
    const user = userEvent.setup();
    const added: string[] = [];
    renderWithStore(
      <NameEntry label="Who" people={[]} onAdd={(n) => (added.push(n), null)} onRemove={() => undefined} />,
      addAlter(smallMap(), { id: personId("hanako"), name: "鈴木 花子" }),
    );
    await user.type(screen.getByRole("combobox", { name: "Who" }), "鈴木花子");
    expect(within(screen.getByRole("listbox")).getByRole("option")).toHaveTextContent("鈴木 花子");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(added).toEqual(["鈴木 花子"]);
  });

  it("do not add a name on the Enter that confirms an IME conversion", () => {
    const added: string[] = [];
    renderWithStore(
      <NameEntry label="Who" people={[]} onAdd={(n) => (added.push(n), null)} onRemove={() => undefined} />,
    );
    const box = screen.getByRole("combobox", { name: "Who" });
    fireEvent.change(box, { target: { value: "なかむら" } });
    expect(fireEvent.keyDown(box, { key: "Enter", isComposing: true })).toBe(false);
    expect(added).toEqual([]);
  });
});
