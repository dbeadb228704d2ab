// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { egoTie, tieId } from "../../../../src/domain/model";
import { PersonPanel } from "../../../../src/ui/editor/PersonPanel";
import { AKI, BEN, renderWithStore } from "./harness";

describe("PersonPanel", () => {
  afterEach(cleanup);

  it("shows the strength and band live as Granovetter's questions are answered", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonPanel />);
    store.getState().select(AKI);
    const region = await screen.findByRole("region", { name: "You and Aki" });
    expect(within(region).getByText("not rated yet")).toBeInTheDocument();
    await user.click(within(region).getByLabelText("Often (at least twice a week)"));
    expect(within(region).getByText("0.91 · Strong")).toBeInTheDocument();
    await user.click(
      within(within(region).getByRole("group", { name: "How close do you feel?" })).getByRole("radio", {
        name: "1 (not at all)",
      }),
    );
    expect(within(region).getByText("0.45 · Weak")).toBeInTheDocument();
    expect(egoTie(store.getState().doc, AKI)?.answers).toEqual({
      frequencyCategory: "often",
      emotional: 1,
    });
    await user.click(
      within(within(region).getByRole("group", { name: "How close do you feel?" })).getByLabelText("Skip"),
    );
    expect(egoTie(store.getState().doc, AKI)?.answers).toEqual({ frequencyCategory: "often" });
  });

  it("adds a 'knows' tie through the combobox with type-ahead and the keyboard", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonPanel />);
    store.getState().select(AKI);
    const combo = await screen.findByRole("combobox", { name: "Knows …" });
    await user.type(combo, "be");
    expect(combo).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("option", { name: "Ben" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(store.getState().doc.ties[tieId(AKI, BEN)]).toBeDefined();
    expect(screen.getByRole("button", { name: "Remove: Aki knows Ben" })).toBeInTheDocument();
  });

  it("renames on Enter and puts the person in a second community", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonPanel />);
    store.getState().select(AKI);
    const name = await screen.findByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Akiko{Enter}");
    expect(store.getState().doc.people[AKI]?.name).toBe("Akiko");
    await user.click(screen.getByRole("checkbox", { name: /Office/ }));
    expect(store.getState().doc.people[AKI]?.communityIds).toEqual(["fam", "office"]);
  });

  it("deletes after confirmation and undoes the deletion", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonPanel />);
    store.getState().select(AKI);
    await user.click(await screen.findByRole("button", { name: "Delete person" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(store.getState().doc.people[AKI]).toBeUndefined();
    await user.click(screen.getByRole("button", { name: "Undo delete" }));
    expect(store.getState().doc.people[AKI]?.name).toBe("Aki");
    expect(store.getState().selectedId).toBe(AKI);
  });

  it("renders the extra slot with the selected person's id", async () => {
    const { store } = renderWithStore(<PersonPanel extra={(id) => <p>insights for {id}</p>} />);
    store.getState().select(AKI);
    expect(await screen.findByText("insights for aki")).toBeInTheDocument();
  });
});
