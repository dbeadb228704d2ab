// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { addAlter, personId, tieId, type MapDocument } from "../../../../src/domain/model";
import { CliqueQuestions } from "../../../../src/ui/editor/CliqueQuestions";
import { DyadCensus } from "../../../../src/ui/editor/DyadCensus";
import { WhoKnowsWhomDialog } from "../../../../src/ui/editor/WhoKnowsWhomDialog";
import { answerCommunity } from "../../../../src/domain/census";
import { BEN, CHIE, OFFICE, renderWithStore, smallMap } from "./harness";

const DAI = personId("dai");
const EMI = personId("emi");

function office(): MapDocument {
  let doc = smallMap();
  doc = addAlter(doc, { id: DAI, name: "Dai", communityIds: [OFFICE] });
  return addAlter(doc, { id: EMI, name: "Emi", communityIds: [OFFICE] });
}

const alterTies = (doc: MapDocument) =>
  Object.values(doc.ties)
    .filter((t) => t.a !== doc.egoId && t.b !== doc.egoId)
    .map((t) => t.id)
    .sort();

/** A key press as a Japanese IME delivers it: key "Process", keyCode 229, the physical code. */
function imeKey(code: string, extra: KeyboardEventInit = {}) {
  const target = document.activeElement ?? document.body;
  act(() => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: "Process", code, keyCode: 229, bubbles: true, ...extra }));
  });
}

describe("CliqueQuestions", () => {
  afterEach(cleanup);

  it("creates exactly the ties picked in a community's grid, and records the rest as strangers", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CliqueQuestions />, office());
    await user.click(screen.getByRole("button", { name: "Pick who knows whom in Office" }));
    await user.click(screen.getByRole("checkbox", { name: "Ben and Chie know each other" }));
    await user.click(screen.getByRole("checkbox", { name: "Dai and Emi know each other" }));
    expect(screen.getByText("2 of 6 pairs known")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "The others in Office don't know each other" }));
    const doc = store.getState().doc;
    expect(alterTies(doc)).toEqual([tieId(BEN, CHIE), tieId(DAI, EMI)].sort());
    expect(doc.censusNo).toHaveLength(4);
    expect(screen.getByText("6 of 6 pairs known")).toBeInTheDocument();
    // Unticking records a no; Undo brings the tie back.
    await user.click(screen.getByRole("checkbox", { name: "Ben and Chie know each other" }));
    expect(store.getState().doc.censusNo).toContain(tieId(BEN, CHIE));
    act(() => store.getState().undo());
    expect(alterTies(store.getState().doc)).toContain(tieId(BEN, CHIE));
  });

  it("answers a grid cell with Y / N typed through an IME, and moves with the arrow keys", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CliqueQuestions />, office());
    await user.click(screen.getByRole("button", { name: "Pick who knows whom in Office" }));
    screen.getByRole("checkbox", { name: "Ben and Chie know each other" }).focus();
    imeKey("KeyY");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Ben and Dai know each other" }));
    fireEvent.keyDown(document.activeElement!, { key: "ｎ", code: "KeyN" });
    const doc = store.getState().doc;
    expect(alterTies(doc)).toEqual([tieId(BEN, CHIE)]);
    expect(doc.censusNo).toEqual([tieId(BEN, DAI)]);
  });

  it("records nobody and everyone for a whole community", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CliqueQuestions />, office());
    await user.click(screen.getByRole("button", { name: "Nobody in Office knows another" }));
    expect(store.getState().doc.censusNo).toHaveLength(6);
    expect(screen.getByText("Nobody knows another — recorded")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Yes, everyone in Office knows each other" }));
    expect(alterTies(store.getState().doc)).toHaveLength(6);
    expect(store.getState().doc.censusNo).toEqual([]);
  });
});

describe("DyadCensus keys", () => {
  afterEach(cleanup);

  it("answers pair questions with IME and full-width keys from the start, without a click", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DyadCensus onDone={() => undefined} autoFocus />, office());
    await user.click(screen.getByRole("radio", { name: "Pair by pair" }));
    // The question card has the focus: keys answer at once.
    expect(document.activeElement).toBe(screen.getByTestId("census-question").closest(".census-card"));
    const first = screen.getByTestId("census-question").textContent;
    imeKey("KeyY");
    expect(alterTies(store.getState().doc)).toHaveLength(1);
    expect(screen.getByTestId("census-question").textContent).not.toBe(first);
    fireEvent.keyDown(document.activeElement!, { key: "ｎ", code: "KeyN" });
    expect(store.getState().doc.censusNo).toHaveLength(1);
    fireEvent.keyDown(document.activeElement!, { key: "Ｓ", code: "KeyS" });
    expect(screen.getByText("3 of 10 pairs")).toBeInTheDocument();
  });

  it("asks person by person: Y ticks, Enter saves, but not the Enter that confirms an IME conversion", () => {
    const { store } = renderWithStore(<DyadCensus onDone={() => undefined} autoFocus />, office());
    const question = screen.getByTestId("census-person").textContent ?? "";
    const boxes = screen.getAllByRole("checkbox");
    expect(document.activeElement).toBe(boxes[0]);
    imeKey("KeyY");
    expect(boxes[0]).toBeChecked();
    expect(document.activeElement).toBe(boxes[1]);
    imeKey("Enter", { isComposing: true });
    expect(store.getState().doc.censusNo).toEqual([]);
    fireEvent.keyDown(document.activeElement!, { key: "Enter", code: "Enter" });
    const doc = store.getState().doc;
    // One answer settled every unknown pair of that person: one tie, the others strangers.
    expect(alterTies(doc)).toHaveLength(1);
    expect(doc.censusNo).toHaveLength(boxes.length - 1);
    expect(screen.getByTestId("census-person").textContent).not.toBe(question);
    expect(screen.getByText("1 person answered so far")).toBeInTheDocument();
  });
});

describe("WhoKnowsWhomDialog", () => {
  afterEach(cleanup);

  it("opens with the focus in the census once every community is answered, so keys work at once", () => {
    const doc = answerCommunity(office(), OFFICE, "everyone");
    const { store } = renderWithStore(<WhoKnowsWhomDialog open onClose={() => undefined} />, doc);
    const first = screen.getAllByRole("checkbox").find((el) => el.closest(".person-census"));
    expect(document.activeElement).toBe(first);
    imeKey("KeyY");
    fireEvent.keyDown(document.activeElement!, { key: "Enter", code: "Enter" });
    expect(alterTies(store.getState().doc)).toHaveLength(7);
  });
});
