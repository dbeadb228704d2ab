// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { alters, createDocument, egoTie, mapId, personId } from "../../../../src/domain/model";
import { answerKey } from "../../../../src/ui/wizard/quickKeys";
import { StrengthStep } from "../../../../src/ui/wizard/StrengthStep";
import { Wizard } from "../../../../src/ui/wizard/Wizard";
import { AKI, renderWithStore } from "../editor/harness";

describe("answerKey", () => {
  it("reads full-width and IME key presses as the answer they stand for", () => {
    expect(answerKey({ key: "ｙ" })).toBe("y");
    expect(answerKey({ key: "１" })).toBe("1");
    expect(answerKey({ key: "Process", code: "KeyY", keyCode: 229 })).toBe("y");
    expect(answerKey({ key: "Process", code: "Numpad3", keyCode: 229 })).toBe("3");
    // A kana typed with kana input: the physical key answers.
    expect(answerKey({ key: "ん", code: "KeyY" })).toBe("y");
    // On a QWERTZ keyboard the key labelled Z sends code KeyY: the character wins.
    expect(answerKey({ key: "z", code: "KeyY" })).toBe("z");
    expect(answerKey({ key: "Backspace", code: "Backspace" })).toBe("Backspace");
    expect(answerKey({ key: "Process", code: "Backspace", keyCode: 229 })).toBe("Backspace");
  });
});

function press(init: KeyboardEventInit) {
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...init }));
  });
}

describe("StrengthStep with the IME on", () => {
  afterEach(cleanup);

  it("answers o / c / r and 1–5 typed as IME 'Process' keys or full-width digits", () => {
    const { store } = renderWithStore(<StrengthStep />);
    expect(screen.getByRole("button", { name: "How often in contact with Aki" })).toHaveFocus();
    press({ key: "Process", code: "KeyO", keyCode: 229 });
    press({ key: "５" });
    press({ key: "Process", code: "Numpad4", keyCode: 229 });
    press({ key: "Process", code: "Digit3", keyCode: 229 });
    expect(egoTie(store.getState().doc, AKI)?.answers).toEqual({
      frequencyCategory: "often",
      emotional: 5,
      intimacy: 4,
      services: 3,
    });
    expect(screen.getByRole("button", { name: "How often in contact with Ben" })).toHaveFocus();
    // Enter confirming a conversion does not move on; a plain Enter goes to the next row.
    press({ key: "Enter", code: "Enter", keyCode: 229, isComposing: true });
    expect(screen.getByRole("button", { name: "How often in contact with Ben" })).toHaveFocus();
    press({ key: "Enter", code: "Enter" });
    expect(screen.getByRole("button", { name: "How often in contact with Chie" })).toHaveFocus();
  });
});

describe("Wizard start", () => {
  afterEach(cleanup);

  it("does not submit a name with the Enter that confirms an IME conversion", async () => {
    const user = userEvent.setup();
    renderWithStore(<Wizard onClose={() => undefined} />);
    const ego = screen.getByLabelText("Your name");
    // fireEvent returns false when the default (the form's implicit submission) was prevented.
    expect(fireEvent.keyDown(ego, { key: "Enter", code: "Enter", keyCode: 229, isComposing: true })).toBe(false);
    expect(fireEvent.keyDown(ego, { key: "Enter", code: "Enter", keyCode: 13 })).toBe(true);
    await user.type(ego, "Hana{Enter}");
    const family = screen.getByLabelText("Family member");
    expect(fireEvent.keyDown(family, { key: "Enter", code: "Enter", isComposing: true })).toBe(false);
  });

  it("fills the empty map that is open instead of making a second one", async () => {
    const user = userEvent.setup();
    const empty = createDocument({
      id: mapId("named"),
      title: "Work 2026",
      egoId: personId("ego"),
      egoName: "Hana",
      now: "",
    });
    const { store } = renderWithStore(<Wizard onClose={() => undefined} />, empty);
    expect(screen.getByText("Your map “Work 2026” is still empty")).toBeInTheDocument();
    expect(screen.getByLabelText("Your name")).toHaveValue("Hana");
    await user.click(screen.getByRole("button", { name: "Fill this map: “Work 2026”" }));
    expect(screen.getByText("Step 2 of 11: Family")).toBeInTheDocument();
    await user.keyboard("Yui{Enter}");
    const doc = store.getState().doc;
    expect(doc.id).toBe("named");
    expect(doc.title).toBe("Work 2026");
    expect(alters(doc).map((p) => p.name)).toEqual(["Yui"]);
  });

  it("still starts another map when asked to", async () => {
    const user = userEvent.setup();
    const empty = createDocument({
      id: mapId("named"),
      title: "Work 2026",
      egoId: personId("ego"),
      egoName: "Hana",
      now: "",
    });
    const { store } = renderWithStore(<Wizard onClose={() => undefined} />, empty);
    await user.click(screen.getByRole("button", { name: "Start another, new map instead" }));
    fireEvent.submit(screen.getByLabelText("Your name").closest("form")!);
    expect(store.getState().doc.id).not.toBe("named");
  });
});
