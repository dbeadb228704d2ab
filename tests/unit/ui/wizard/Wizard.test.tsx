// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { alters, egoTie, setInterview } from "../../../../src/domain/model";
import { StrengthStep } from "../../../../src/ui/wizard/StrengthStep";
import { Wizard } from "../../../../src/ui/wizard/Wizard";
import { AKI, BEN, CHIE, renderWithStore, smallMap } from "../editor/harness";

describe("Wizard", () => {
  afterEach(cleanup);

  it("starts an empty map and takes family names with Enter, one after another", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Wizard onClose={() => undefined} />);
    await user.type(screen.getByLabelText("Your name"), "Hana{Enter}");
    expect(store.getState().doc.people[store.getState().doc.egoId]?.name).toBe("Hana");
    expect(screen.getByText("Step 2 of 11: Family")).toBeInTheDocument();
    await user.keyboard("Yui{Enter}");
    await user.keyboard("Ken{Enter}");
    const doc = store.getState().doc;
    expect(alters(doc).map((p) => p.name)).toEqual(["Yui", "Ken"]);
    const family = Object.values(doc.communities);
    expect(family.map((c) => [c.name, c.sphere])).toEqual([["Family", "family"]]);
    expect(doc.interview?.step).toBe("family");
  });

  it("keeps its progress in the map, outside the undo history", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Wizard onClose={() => undefined} />);
    await user.click(screen.getByRole("button", { name: /^Continue with/ }));
    await user.keyboard("Dai{Enter}");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Step 3 of 11: Work")).toBeInTheDocument();
    expect(store.getState().doc.interview?.step).toBe("work");
    act(() => store.getState().undo());
    expect(alters(store.getState().doc).map((p) => p.name)).not.toContain("Dai");
    expect(screen.getByText("Step 3 of 11: Work")).toBeInTheDocument();
    expect(store.getState().doc.interview?.step).toBe("work");
  });

  it("resumes at the step saved in the map and forgets it when finished", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const doc = setInterview(smallMap(), { step: "dormant", mentions: { dormant: [AKI] } });
    const { store } = renderWithStore(<Wizard onClose={onClose} />, doc);
    expect(screen.getByText("Step 7 of 11: Dormant ties")).toBeInTheDocument();
    expect(screen.getByText("Welcome back — continuing where you left off.")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "1 person named" })).toHaveTextContent("Aki");
    act(() => store.getState().apply((d) => setInterview(d, { step: "done", mentions: {} }), { undoable: false }));
    await user.click(screen.getByRole("button", { name: "Show my map" }));
    expect(onClose).toHaveBeenCalled();
    expect(store.getState().doc.interview).toBeNull();
  });

  it("records dormant ties as rarely in contact and reuses names already on the map", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Wizard onClose={() => undefined} />);
    await user.click(screen.getByRole("button", { name: /^Continue with/ }));
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Step 7 of 11: Dormant ties")).toBeInTheDocument();
    await user.keyboard("aki{Enter}");
    await user.keyboard("Satsuki{Enter}");
    const doc = store.getState().doc;
    expect(egoTie(doc, AKI)?.answers).toEqual({ frequencyCategory: "rarely" });
    expect(alters(doc)).toHaveLength(4);
    expect(screen.getByRole("list", { name: "2 people named" })).toHaveTextContent("Aki");
  });
});

describe("StrengthStep", () => {
  afterEach(cleanup);

  it("answers with one key per cell and moves focus on by itself", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<StrengthStep />);
    expect(screen.getByRole("button", { name: "How often in contact with Aki" })).toHaveFocus();
    await user.keyboard("o54-c2");
    expect(screen.getByRole("button", { name: "Confiding with Ben" })).toHaveFocus();
    const doc = store.getState().doc;
    expect(egoTie(doc, AKI)?.answers).toEqual({
      frequencyCategory: "often",
      emotional: 5,
      intimacy: 4,
    });
    expect(egoTie(doc, BEN)?.answers).toEqual({ frequencyCategory: "occasionally", emotional: 2 });
    await user.keyboard("{ArrowDown}{ArrowLeft}{Backspace}");
    expect(egoTie(store.getState().doc, CHIE)?.answers).toEqual({ frequencyCategory: "often" });
  });
});
